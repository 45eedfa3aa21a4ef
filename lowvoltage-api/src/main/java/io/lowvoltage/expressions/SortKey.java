package io.lowvoltage.expressions;

/**
 * The sort key in a key condition, made by {@link Expressions#sortKey(String)}: its methods are the only
 * comparisons DynamoDB allows on a sort key. Immutable and thread-safe.
 */
public final class SortKey {
    private final Attribute key;

    SortKey(Path path) {
        this.key = KeyAttribute.of(path, "sort key");
    }

    /**
     * @param value a sort key value
     * @return {@code key = value}
     */
    public SortKeyCondition eq(Object value) {
        return condition(key.eq(KeyAttribute.value(value, key)));
    }

    /**
     * @param value a sort key value
     * @return {@code key < value}
     */
    public SortKeyCondition lt(Object value) {
        return condition(key.lt(KeyAttribute.value(value, key)));
    }

    /**
     * @param value a sort key value
     * @return {@code key <= value}
     */
    public SortKeyCondition le(Object value) {
        return condition(key.le(KeyAttribute.value(value, key)));
    }

    /**
     * @param value a sort key value
     * @return {@code key > value}
     */
    public SortKeyCondition gt(Object value) {
        return condition(key.gt(KeyAttribute.value(value, key)));
    }

    /**
     * @param value a sort key value
     * @return {@code key >= value}
     */
    public SortKeyCondition ge(Object value) {
        return condition(key.ge(KeyAttribute.value(value, key)));
    }

    /**
     * @param low  the lower bound, included
     * @param high the upper bound, included
     * @return {@code key BETWEEN low AND high}
     */
    public SortKeyCondition between(Object low, Object high) {
        return condition(key.between(KeyAttribute.value(low, key), KeyAttribute.value(high, key)));
    }

    /**
     * @param prefix a string or binary prefix
     * @return {@code begins_with(key, prefix)}
     */
    public SortKeyCondition beginsWith(Object prefix) {
        return condition(key.beginsWith(KeyAttribute.value(prefix, key)));
    }

    private SortKeyCondition condition(ConditionExpression condition) {
        return new SortKeyCondition(key, condition);
    }
}
