package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * One stream in the list that ListStreams returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_Stream.html">Stream</a>.
 * It is named {@code StreamSummary} rather than {@code Stream}, the model's name, so that code
 * using it and {@code java.util.stream.Stream} together needs no qualified names.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class StreamSummary {
    private final String streamArn;
    private final String tableName;
    private final String streamLabel;

    private StreamSummary(String streamArn, String tableName, String streamLabel) {
        this.streamArn = streamArn;
        this.tableName = tableName;
        this.streamLabel = streamLabel;
    }

    static StreamSummary read(JsonParser parser) {
        String streamArn = null;
        String tableName = null;
        String streamLabel = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "StreamArn" -> streamArn = JsonReads.string(parser);
                case "TableName" -> tableName = JsonReads.string(parser);
                case "StreamLabel" -> streamLabel = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new StreamSummary(streamArn, tableName, streamLabel);
    }

    /** @return the stream's ARN (API member {@code StreamArn}), or {@code null} */
    public String streamArn() {
        return streamArn;
    }

    /** @return the name of the stream's table (API member {@code TableName}), or {@code null} */
    public String tableName() {
        return tableName;
    }

    /** @return a timestamp-like label telling this stream from the table's earlier ones (API member {@code StreamLabel}), or {@code null} */
    public String streamLabel() {
        return streamLabel;
    }

    @Override
    public String toString() {
        return Shapes.toString("StreamSummary", "streamArn", streamArn, "tableName", tableName, "streamLabel",
                streamLabel);
    }
}
