package io.lowvoltage.expressions;

/**
 * The partition key in a key condition, made by {@link Expressions#partitionKey(String)}: it can only be
 * compared with {@code =}, as DynamoDB requires. Immutable and thread-safe.
 */
public final class PartitionKey {
    private final Attribute key;

    PartitionKey(Path path) {
        this.key = KeyAttribute.of(path, "partition key");
    }

    /**
     * @param value the partition key value
     * @return {@code key = value}, to which {@link KeyConditionExpression#and(SortKeyCondition)} may add a sort key
     *         condition
     */
    public KeyConditionExpression eq(Object value) {
        return new KeyConditionExpression(key, key.eq(KeyAttribute.value(value, key)), null);
    }
}
