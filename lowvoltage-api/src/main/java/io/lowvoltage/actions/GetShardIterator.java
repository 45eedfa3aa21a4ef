package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.Service;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Gets an iterator to read a shard of a stream from a chosen position: DynamoDB Streams's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_GetShardIterator.html">GetShardIterator</a>.
 *
 * <pre>{@code
 * String iterator = connection.request(new GetShardIterator(streamArn, shardId, ShardIteratorType.TRIM_HORIZON)).shardIterator();
 * }</pre>
 * Mandatory: streamArn, shardId, shardIteratorType, in the constructor or chained. Not thread-safe: a builder.
 */
public final class GetShardIterator extends Action<GetShardIteratorResponse> {
    private String streamArn;
    private String shardId;
    private ShardIteratorType shardIteratorType;
    private String sequenceNumber;

    /** An empty GetShardIterator: set streamArn, shardId, shardIteratorType by chaining. */
    public GetShardIterator() {
    }

    /**
     * @param streamArn the stream's ARN
     * @param shardId the shard's id
     * @param shardIteratorType where in the shard to start
     */
    public GetShardIterator(String streamArn, String shardId, ShardIteratorType shardIteratorType) {
        streamArn(streamArn);
        shardId(shardId);
        shardIteratorType(shardIteratorType);
    }

    @Override
    protected String operation() {
        return "GetShardIterator";
    }

    @Override
    protected Service service() {
        return Service.STREAMS;
    }

    /**
     * @param streamArn the stream's ARN (API member {@code StreamArn})
     * @return this action
     */
    public GetShardIterator streamArn(String streamArn) {
        this.streamArn = Objects.requireNonNull(streamArn, "streamArn");
        return this;
    }

    /**
     * @param shardId the shard's id (API member {@code ShardId})
     * @return this action
     */
    public GetShardIterator shardId(String shardId) {
        this.shardId = Objects.requireNonNull(shardId, "shardId");
        return this;
    }

    /**
     * @param shardIteratorType where in the shard to start (API member {@code ShardIteratorType})
     * @return this action
     */
    public GetShardIterator shardIteratorType(ShardIteratorType shardIteratorType) {
        this.shardIteratorType = Objects.requireNonNull(shardIteratorType, "shardIteratorType");
        return this;
    }

    /** @return this action, starting at the oldest record */
    public GetShardIterator shardIteratorTypeTrimHorizon() {
        return shardIteratorType(ShardIteratorType.TRIM_HORIZON);
    }

    /** @return this action, starting after the newest record */
    public GetShardIterator shardIteratorTypeLatest() {
        return shardIteratorType(ShardIteratorType.LATEST);
    }

    /** @return this action, starting at the record of the sequence number */
    public GetShardIterator shardIteratorTypeAtSequenceNumber() {
        return shardIteratorType(ShardIteratorType.AT_SEQUENCE_NUMBER);
    }

    /** @return this action, starting after the record of the sequence number */
    public GetShardIterator shardIteratorTypeAfterSequenceNumber() {
        return shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER);
    }

    /**
     * @param sequenceNumber the sequence number to start at or after, for {@code AT_SEQUENCE_NUMBER} and {@code AFTER_SEQUENCE_NUMBER} (API member {@code SequenceNumber})
     * @return this action
     */
    public GetShardIterator sequenceNumber(String sequenceNumber) {
        this.sequenceNumber = Objects.requireNonNull(sequenceNumber, "sequenceNumber");
        return this;
    }

    @Override
    protected void validate() {
        Require.present(streamArn, "GetShardIterator", "StreamArn",
                "new GetShardIterator(streamArn, shardId, shardIteratorType) or .streamArn(...)");
        Require.present(shardId, "GetShardIterator", "ShardId",
                "new GetShardIterator(streamArn, shardId, shardIteratorType) or .shardId(...)");
        Require.present(shardIteratorType, "GetShardIterator", "ShardIteratorType",
                "new GetShardIterator(streamArn, shardId, shardIteratorType) or .shardIteratorType(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, FeatureMembers.STREAM_ARN, streamArn);
        JsonWrites.string(generator, FeatureMembers.SHARD_ID, shardId);
        JsonWrites.constant(generator, FeatureMembers.SHARD_ITERATOR_TYPE, shardIteratorType);
        JsonWrites.string(generator, FeatureMembers.SEQUENCE_NUMBER, sequenceNumber);
        generator.writeEndObject();
    }

    @Override
    protected GetShardIteratorResponse readResponse(JsonParser parser) {
        return GetShardIteratorResponse.read(parser);
    }
}
