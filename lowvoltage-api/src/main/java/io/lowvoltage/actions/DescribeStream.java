package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.Service;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Describes a stream and lists its shards, a page at a time: DynamoDB Streams's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_DescribeStream.html">DescribeStream</a>.
 *
 * <pre>{@code
 * StreamDescription stream = connection.request(new DescribeStream(streamArn)).streamDescription();
 * }</pre>
 * Mandatory: streamArn, in the constructor or chained. Not thread-safe: a builder.
 */
public final class DescribeStream extends Action<DescribeStreamResponse> {
    private String streamArn;
    private Integer limit;
    private String exclusiveStartShardId;
    private ShardFilter shardFilter;

    /** An empty DescribeStream: set streamArn by chaining. */
    public DescribeStream() {
    }

    /**
     * @param streamArn the stream's ARN
     */
    public DescribeStream(String streamArn) {
        streamArn(streamArn);
    }

    @Override
    protected String operation() {
        return "DescribeStream";
    }

    @Override
    protected Service service() {
        return Service.STREAMS;
    }

    /**
     * @param streamArn the stream's ARN (API member {@code StreamArn})
     * @return this action
     */
    public DescribeStream streamArn(String streamArn) {
        this.streamArn = Objects.requireNonNull(streamArn, "streamArn");
        return this;
    }

    /**
     * @param limit the most shards to return in one page (API member {@code Limit})
     * @return this action
     */
    public DescribeStream limit(int limit) {
        this.limit = limit;
        return this;
    }

    /**
     * @param exclusiveStartShardId the shard to start after, from the previous page's {@code lastEvaluatedShardId()} (API member {@code ExclusiveStartShardId})
     * @return this action
     */
    public DescribeStream exclusiveStartShardId(String exclusiveStartShardId) {
        this.exclusiveStartShardId = Objects.requireNonNull(exclusiveStartShardId, "exclusiveStartShardId");
        return this;
    }

    /**
     * @param shardFilter which shards to return (API member {@code ShardFilter})
     * @return this action
     */
    public DescribeStream shardFilter(ShardFilter shardFilter) {
        this.shardFilter = Objects.requireNonNull(shardFilter, "shardFilter");
        return this;
    }

    @Override
    protected void validate() {
        Require.present(streamArn, "DescribeStream", "StreamArn", "new DescribeStream(streamArn) or .streamArn(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, FeatureMembers.STREAM_ARN, streamArn);
        JsonWrites.number(generator, Members.LIMIT, limit);
        JsonWrites.string(generator, FeatureMembers.EXCLUSIVE_START_SHARD_ID, exclusiveStartShardId);
        Shapes.object(generator, FeatureMembers.SHARD_FILTER, shardFilter, ShardFilter::write);
        generator.writeEndObject();
    }

    @Override
    protected DescribeStreamResponse readResponse(JsonParser parser) {
        return DescribeStreamResponse.read(parser);
    }
}
