package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * What {@link ListStreams} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_ListStreams.html#API_streams_ListStreams_ResponseSyntax">ListStreams response</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class ListStreamsResponse {
    private final List<StreamSummary> streams;
    private final String lastEvaluatedStreamArn;

    private ListStreamsResponse(List<StreamSummary> streams, String lastEvaluatedStreamArn) {
        this.streams = streams;
        this.lastEvaluatedStreamArn = lastEvaluatedStreamArn;
    }

    static ListStreamsResponse read(JsonParser parser) {
        List<StreamSummary> streams = List.of();
        String lastEvaluatedStreamArn = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "Streams" -> streams = JsonReads.list(parser, StreamSummary::read);
                case "LastEvaluatedStreamArn" -> lastEvaluatedStreamArn = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new ListStreamsResponse(streams, lastEvaluatedStreamArn);
    }

    /** @return the streams of this page (API member {@code Streams}) */
    public List<StreamSummary> streams() {
        return streams;
    }

    /** @return the stream to start the next page after; {@code null} when this is the last page (API member {@code LastEvaluatedStreamArn}), or {@code null} */
    public String lastEvaluatedStreamArn() {
        return lastEvaluatedStreamArn;
    }

    @Override
    public String toString() {
        return Shapes.toString("ListStreamsResponse", "streams", streams, "lastEvaluatedStreamArn",
                lastEvaluatedStreamArn);
    }
}
