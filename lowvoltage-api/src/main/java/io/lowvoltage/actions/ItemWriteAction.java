package io.lowvoltage.actions;

import io.lowvoltage.expressions.ConditionExpression;
import java.util.Map;
import java.util.Objects;

/**
 * What PutItem, DeleteItem and UpdateItem share: the table name and the public setters of their
 * {@link WriteConditions}. Each setter returns the concrete action, so chains keep their type; each action writes
 * the shared members in the order of its own API shape.
 *
 * @param <A> the concrete action
 * @param <R> its response
 */
abstract class ItemWriteAction<A extends ItemWriteAction<A, R>, R> extends ExpressionAction<A, R> {
    private String tableName;
    final WriteConditions conditions = new WriteConditions();

    ItemWriteAction() {
    }

    @Override
    HandPlaceholders handPlaceholders() {
        return conditions.handPlaceholders();
    }

    @Override
    void storeReturnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
        conditions.returnConsumedCapacity(returnConsumedCapacity);
    }

    /**
     * @param tableName the table's name or ARN (API member {@code TableName})
     * @return this action
     */
    public A tableName(String tableName) {
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        return self();
    }

    /**
     * @param conditionExpression what must hold for the write to happen, such as
     *                            {@code "attribute_not_exists(h)"} (API member {@code ConditionExpression})
     * @return this action
     */
    public A conditionExpression(String conditionExpression) {
        conditions.conditionExpression(conditionExpression);
        return self();
    }

    /**
     * Sets the condition from a builder, such as {@code attribute("v").eq(3)} (API member
     * {@code ConditionExpression}); it replaces a condition string set before, and its placeholders join any
     * set by hand.
     *
     * @param conditionExpression what must hold for the write to happen
     * @return this action
     * @see io.lowvoltage.expressions.Expressions
     */
    public A conditionExpression(ConditionExpression conditionExpression) {
        conditions.conditionExpression(conditionExpression);
        return self();
    }

    /**
     * The legacy form of a condition (API member {@code Expected}); prefer
     * {@link #conditionExpression(String)}. Adds to the expectations already set.
     *
     * @param attributeName the attribute the expectation is about
     * @param expectation   such as {@code ExpectedAttributeValue.exists(false)}
     * @return this action
     */
    public A expected(String attributeName, ExpectedAttributeValue expectation) {
        conditions.expected(attributeName, expectation);
        return self();
    }

    /**
     * @param expectations expectations by attribute name, added to those already set (API member
     *                     {@code Expected})
     * @return this action
     * @see #expected(String, ExpectedAttributeValue)
     */
    public A expected(Map<String, ExpectedAttributeValue> expectations) {
        expectations.forEach(conditions::expected);
        return self();
    }

    /**
     * @param conditionalOperator how several legacy expectations combine (API member {@code ConditionalOperator})
     * @return this action
     */
    public A conditionalOperator(ConditionalOperator conditionalOperator) {
        conditions.conditionalOperator(conditionalOperator);
        return self();
    }

    /** @return this action, requiring every legacy expectation to hold (the default) */
    public A conditionalOperatorAnd() {
        return conditionalOperator(ConditionalOperator.AND);
    }

    /** @return this action, requiring at least one legacy expectation to hold */
    public A conditionalOperatorOr() {
        return conditionalOperator(ConditionalOperator.OR);
    }

    /**
     * @param returnValues what to return of the item (API member {@code ReturnValues}); PutItem and DeleteItem
     *                     accept only {@code NONE} and {@code ALL_OLD}, UpdateItem also the values before or
     *                     after the update
     * @return this action
     */
    public A returnValues(ReturnValue returnValues) {
        conditions.returnValues(returnValues);
        return self();
    }

    /** @return this action, returning no attributes (the default) */
    public A returnValuesNone() {
        return returnValues(ReturnValue.NONE);
    }

    /** @return this action, returning the whole item as it was before the write, if any */
    public A returnValuesAllOld() {
        return returnValues(ReturnValue.ALL_OLD);
    }

    /**
     * @param returnItemCollectionMetrics whether to report the size of the item collection written to (API
     *                                    member {@code ReturnItemCollectionMetrics})
     * @return this action
     */
    public A returnItemCollectionMetrics(ReturnItemCollectionMetrics returnItemCollectionMetrics) {
        conditions.returnItemCollectionMetrics(returnItemCollectionMetrics);
        return self();
    }

    /** @return this action, reporting the size of the item collection written to */
    public A returnItemCollectionMetricsSize() {
        return returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE);
    }

    /** @return this action, reporting no item collection metrics (the default) */
    public A returnItemCollectionMetricsNone() {
        return returnItemCollectionMetrics(ReturnItemCollectionMetrics.NONE);
    }

    /**
     * @param returnValuesOnConditionCheckFailure what the error carries when the condition does not hold (API
     *                                            member {@code ReturnValuesOnConditionCheckFailure})
     * @return this action
     */
    public A returnValuesOnConditionCheckFailure(
            ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {
        conditions.returnValuesOnConditionCheckFailure(returnValuesOnConditionCheckFailure);
        return self();
    }

    /**
     * @return this action, putting the existing item in
     *         {@link io.lowvoltage.exceptions.ConditionalCheckFailedException#item()} when the condition fails
     */
    public A returnValuesOnConditionCheckFailureAllOld() {
        return returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
    }

    /** @return this action, returning no item when the condition fails (the default) */
    public A returnValuesOnConditionCheckFailureNone() {
        return returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.NONE);
    }

    @Override
    protected String tableName() {
        return tableName;
    }
}
