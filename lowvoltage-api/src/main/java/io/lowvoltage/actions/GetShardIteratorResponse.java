package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * What {@link GetShardIterator} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_GetShardIterator.html#API_streams_GetShardIterator_ResponseSyntax">GetShardIterator response</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class GetShardIteratorResponse {
    private final String shardIterator;

    private GetShardIteratorResponse(String shardIterator) {
        this.shardIterator = shardIterator;
    }

    static GetShardIteratorResponse read(JsonParser parser) {
        String shardIterator = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "ShardIterator" -> shardIterator = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new GetShardIteratorResponse(shardIterator);
    }

    /** @return the iterator, valid for 15 minutes (API member {@code ShardIterator}), or {@code null} */
    public String shardIterator() {
        return shardIterator;
    }

    @Override
    public String toString() {
        return Shapes.toString("GetShardIteratorResponse", "shardIterator", shardIterator);
    }
}
