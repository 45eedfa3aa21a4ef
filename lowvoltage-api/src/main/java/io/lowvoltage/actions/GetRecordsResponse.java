package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * What {@link GetRecords} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_GetRecords.html#API_streams_GetRecords_ResponseSyntax">GetRecords response</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class GetRecordsResponse {
    private final List<StreamsRecord> records;
    private final String nextShardIterator;

    private GetRecordsResponse(List<StreamsRecord> records, String nextShardIterator) {
        this.records = records;
        this.nextShardIterator = nextShardIterator;
    }

    static GetRecordsResponse read(JsonParser parser) {
        List<StreamsRecord> records = List.of();
        String nextShardIterator = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "Records" -> records = JsonReads.list(parser, StreamsRecord::read);
                case "NextShardIterator" -> nextShardIterator = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new GetRecordsResponse(records, nextShardIterator);
    }

    /** @return the records read (API member {@code Records}) */
    public List<StreamsRecord> records() {
        return records;
    }

    /** @return the iterator to read on with; {@code null} once the shard is closed and read to its end (API member {@code NextShardIterator}), or {@code null} */
    public String nextShardIterator() {
        return nextShardIterator;
    }

    @Override
    public String toString() {
        return Shapes.toString("GetRecordsResponse", "records", records, "nextShardIterator", nextShardIterator);
    }
}
