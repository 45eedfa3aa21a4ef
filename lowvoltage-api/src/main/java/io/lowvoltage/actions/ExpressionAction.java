package io.lowvoltage.actions;

import io.lowvoltage.Action;
import java.util.Map;

/**
 * What the actions with expressions and a consumed-capacity report share, across their families (item writes,
 * Query and Scan): the public setters of the placeholders set by hand and of {@code ReturnConsumedCapacity}.
 * Each setter returns the concrete action, so chains keep their type.
 *
 * @param <A> the concrete action
 * @param <R> its response
 */
abstract class ExpressionAction<A extends ExpressionAction<A, R>, R> extends Action<R> {
    ExpressionAction() {
    }

    @SuppressWarnings("unchecked")
    final A self() {
        return (A) this;
    }

    /** @return where the placeholders set by hand are kept */
    abstract HandPlaceholders handPlaceholders();

    /** Keeps the ReturnConsumedCapacity member, checked non-null. */
    abstract void storeReturnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity);

    /**
     * Defines a name placeholder used in this request's expressions (API member {@code ExpressionAttributeNames}).
     *
     * @param placeholder such as {@code #n}
     * @param name        the attribute name it stands for
     * @return this action
     */
    public A expressionAttributeName(String placeholder, String name) {
        handPlaceholders().name(placeholder, name);
        return self();
    }

    /**
     * @param names name placeholders and the names they stand for, added to those already set (API member
     *              {@code ExpressionAttributeNames})
     * @return this action
     */
    public A expressionAttributeNames(Map<String, String> names) {
        names.forEach(this::expressionAttributeName);
        return self();
    }

    /**
     * Defines a value placeholder used in this request's expressions (API member
     * {@code ExpressionAttributeValues}).
     *
     * @param placeholder such as {@code :v}
     * @param value       the value it stands for, following the attribute value mapping of
     *                    {@link io.lowvoltage.Item}; {@code null} is DynamoDB's NULL
     * @return this action
     */
    public A expressionAttributeValue(String placeholder, Object value) {
        handPlaceholders().value(placeholder, value);
        return self();
    }

    /**
     * @param values value placeholders and the values they stand for, added to those already set (API member
     *               {@code ExpressionAttributeValues})
     * @return this action
     */
    public A expressionAttributeValues(Map<String, ?> values) {
        values.forEach(this::expressionAttributeValue);
        return self();
    }

    /**
     * @param returnConsumedCapacity how much consumed capacity to report (API member
     *                               {@code ReturnConsumedCapacity})
     * @return this action
     */
    public A returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
        storeReturnConsumedCapacity(returnConsumedCapacity);
        return self();
    }

    /** @return this action, reporting the total consumed capacity */
    public A returnConsumedCapacityTotal() {
        return returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
    }

    /** @return this action, reporting the consumed capacity of the table and each index */
    public A returnConsumedCapacityIndexes() {
        return returnConsumedCapacity(ReturnConsumedCapacity.INDEXES);
    }

    /** @return this action, reporting no consumed capacity (the default) */
    public A returnConsumedCapacityNone() {
        return returnConsumedCapacity(ReturnConsumedCapacity.NONE);
    }
}
