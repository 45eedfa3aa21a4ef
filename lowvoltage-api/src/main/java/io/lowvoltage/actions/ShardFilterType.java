package io.lowvoltage.actions;

/**
 * What a shard filter of DescribeStream selects: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_ShardFilter.html">ShardFilterType</a>.
 * Constants are named exactly as the wire values.
 */
public enum ShardFilterType {
    /** The children of the given shard. */
    CHILD_SHARDS
}
