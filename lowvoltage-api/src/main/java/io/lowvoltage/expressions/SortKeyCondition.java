package io.lowvoltage.expressions;

/**
 * A condition on the sort key, made by {@link SortKey}, to add to a partition key condition with
 * {@link KeyConditionExpression#and(SortKeyCondition)}. Immutable and thread-safe.
 */
public final class SortKeyCondition {
    final Attribute key;
    final ConditionExpression condition;

    SortKeyCondition(Attribute key, ConditionExpression condition) {
        this.key = key;
        this.condition = condition;
    }

    @Override
    public String toString() {
        return condition.toString();
    }
}
