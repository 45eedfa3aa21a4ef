package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * A stream, with its shards: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_StreamDescription.html">StreamDescription</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class StreamDescription {
    private final String streamArn;
    private final String streamLabel;
    private final StreamStatus streamStatus;
    private final StreamViewType streamViewType;
    private final Instant creationRequestDateTime;
    private final String tableName;
    private final List<KeySchemaElement> keySchema;
    private final List<Shard> shards;
    private final String lastEvaluatedShardId;

    private StreamDescription(String streamArn, String streamLabel, StreamStatus streamStatus,
            StreamViewType streamViewType, Instant creationRequestDateTime, String tableName,
                    List<KeySchemaElement> keySchema, List<Shard> shards, String lastEvaluatedShardId) {
        this.streamArn = streamArn;
        this.streamLabel = streamLabel;
        this.streamStatus = streamStatus;
        this.streamViewType = streamViewType;
        this.creationRequestDateTime = creationRequestDateTime;
        this.tableName = tableName;
        this.keySchema = keySchema;
        this.shards = shards;
        this.lastEvaluatedShardId = lastEvaluatedShardId;
    }

    static StreamDescription read(JsonParser parser) {
        String streamArn = null;
        String streamLabel = null;
        StreamStatus streamStatus = null;
        StreamViewType streamViewType = null;
        Instant creationRequestDateTime = null;
        String tableName = null;
        List<KeySchemaElement> keySchema = List.of();
        List<Shard> shards = List.of();
        String lastEvaluatedShardId = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "StreamArn" -> streamArn = JsonReads.string(parser);
                case "StreamLabel" -> streamLabel = JsonReads.string(parser);
                case "StreamStatus" -> streamStatus = Enums.read(parser, StreamStatus.class);
                case "StreamViewType" -> streamViewType = Enums.read(parser, StreamViewType.class);
                case "CreationRequestDateTime" -> creationRequestDateTime = JsonReads.instant(parser);
                case "TableName" -> tableName = JsonReads.string(parser);
                case "KeySchema" -> keySchema = JsonReads.list(parser, KeySchemaElement::read);
                case "Shards" -> shards = JsonReads.list(parser, Shard::read);
                case "LastEvaluatedShardId" -> lastEvaluatedShardId = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new StreamDescription(streamArn, streamLabel, streamStatus, streamViewType, creationRequestDateTime,
                tableName, keySchema, shards, lastEvaluatedShardId);
    }

    /** @return the stream's ARN (API member {@code StreamArn}), or {@code null} */
    public String streamArn() {
        return streamArn;
    }

    /** @return a timestamp-like label telling this stream from the table's earlier ones (API member {@code StreamLabel}), or {@code null} */
    public String streamLabel() {
        return streamLabel;
    }

    /** @return where the stream stands (API member {@code StreamStatus}), or {@code null} */
    public StreamStatus streamStatus() {
        return streamStatus;
    }

    /** @return what the stream's records hold (API member {@code StreamViewType}), or {@code null} */
    public StreamViewType streamViewType() {
        return streamViewType;
    }

    /** @return when the stream was requested (API member {@code CreationRequestDateTime}), or {@code null} */
    public Instant creationRequestDateTime() {
        return creationRequestDateTime;
    }

    /** @return the name of the stream's table (API member {@code TableName}), or {@code null} */
    public String tableName() {
        return tableName;
    }

    /** @return the table's primary key (API member {@code KeySchema}) */
    public List<KeySchemaElement> keySchema() {
        return keySchema;
    }

    /** @return the shards of this page (API member {@code Shards}) */
    public List<Shard> shards() {
        return shards;
    }

    /** @return the shard to start the next page after; {@code null} when this is the last page (API member {@code LastEvaluatedShardId}), or {@code null} */
    public String lastEvaluatedShardId() {
        return lastEvaluatedShardId;
    }

    @Override
    public String toString() {
        return Shapes.toString("StreamDescription", "streamArn", streamArn, "streamLabel", streamLabel,
                "streamStatus", streamStatus, "streamViewType", streamViewType, "creationRequestDateTime",
                        creationRequestDateTime, "tableName", tableName, "keySchema", keySchema, "shards", shards,
                                "lastEvaluatedShardId", lastEvaluatedShardId);
    }
}
