package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * What {@link DescribeStream} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_DescribeStream.html#API_streams_DescribeStream_ResponseSyntax">DescribeStream response</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class DescribeStreamResponse {
    private final StreamDescription streamDescription;

    private DescribeStreamResponse(StreamDescription streamDescription) {
        this.streamDescription = streamDescription;
    }

    static DescribeStreamResponse read(JsonParser parser) {
        StreamDescription streamDescription = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "StreamDescription" -> streamDescription = StreamDescription.read(parser);
                default -> parser.skipChildren();
            }
        }
        return new DescribeStreamResponse(streamDescription);
    }

    /** @return the stream and the shards of this page (API member {@code StreamDescription}), or {@code null} */
    public StreamDescription streamDescription() {
        return streamDescription;
    }

    @Override
    public String toString() {
        return Shapes.toString("DescribeStreamResponse", "streamDescription", streamDescription);
    }
}
