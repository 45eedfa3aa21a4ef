package io.lowvoltage.actions;

/**
 * Where in a shard a shard iterator starts reading: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_GetShardIterator.html">ShardIteratorType</a>.
 * Constants are named exactly as the wire values.
 */
public enum ShardIteratorType {
    /** At the oldest record still in the shard. */
    TRIM_HORIZON,
    /** Just after the newest record, so that only new records are read. */
    LATEST,
    /** At the record with the given sequence number. */
    AT_SEQUENCE_NUMBER,
    /** Just after the record with the given sequence number. */
    AFTER_SEQUENCE_NUMBER
}
