package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * Which shards DescribeStream returns: DynamoDB Streams'
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_ShardFilter.html">ShardFilter</a>.
 * Immutable.
 *
 * <pre>{@code
 * ShardFilter.childShards(parentShardId)
 * }</pre>
 */
public final class ShardFilter {
    private final ShardFilterType type;
    private final String shardId;

    private ShardFilter(ShardFilterType type, String shardId) {
        this.type = type;
        this.shardId = shardId;
    }

    /**
     * @param type    what the filter selects (API member {@code Type})
     * @param shardId the shard it selects relative to (API member {@code ShardId})
     * @return the filter
     */
    public static ShardFilter of(ShardFilterType type, String shardId) {
        return new ShardFilter(Objects.requireNonNull(type, "type"), Objects.requireNonNull(shardId, "shardId"));
    }

    /**
     * @param shardId the parent shard's id
     * @return a filter selecting the children of that shard
     */
    public static ShardFilter childShards(String shardId) {
        return of(ShardFilterType.CHILD_SHARDS, shardId);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.constant(generator, FeatureMembers.TYPE, type);
        JsonWrites.string(generator, FeatureMembers.SHARD_ID, shardId);
        generator.writeEndObject();
    }

    /** @return what the filter selects (API member {@code Type}) */
    public ShardFilterType type() {
        return type;
    }

    /** @return the shard it selects relative to (API member {@code ShardId}) */
    public String shardId() {
        return shardId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ShardFilter that && type == that.type && shardId.equals(that.shardId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, shardId);
    }

    @Override
    public String toString() {
        return "ShardFilter{" + type + " of " + shardId + "}";
    }
}
