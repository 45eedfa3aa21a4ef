package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.expressions.ConditionExpression;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Deletes one item by its primary key: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html">DeleteItem</a>.
 * Deleting an item that does not exist succeeds.
 *
 * <pre>{@code
 * connection.request(new DeleteItem("Table", Map.of("h", 0))
 *         .conditionExpression("attribute_exists(h)")
 *         .returnValuesOnConditionCheckFailureAllOld());
 * }</pre>
 * Mandatory: the table name and the key, in the constructor or chained. A condition that does not hold fails
 * with {@link io.lowvoltage.exceptions.ConditionalCheckFailedException}. Not thread-safe: a builder.
 */
public final class DeleteItem extends Action<DeleteItemResponse> {
    private String tableName;
    private Map<String, Object> key;
    private final WriteConditions conditions = new WriteConditions();

    /** An empty DeleteItem: set the table name and key by chaining. */
    public DeleteItem() {
    }

    /**
     * @param tableName the table's name or ARN
     * @param key       the primary key: the partition key attribute, and the sort key attribute if any
     */
    public DeleteItem(String tableName, Map<String, ?> key) {
        tableName(tableName);
        key(key);
    }

    @Override
    protected String operation() {
        return "DeleteItem";
    }

    /**
     * @param tableName the table's name or ARN (API member {@code TableName})
     * @return this action
     */
    public DeleteItem tableName(String tableName) {
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        return this;
    }

    /**
     * @param key the primary key of the item to delete (API member {@code Key}); values follow the attribute
     *            value mapping of {@link io.lowvoltage.Item}
     * @return this action
     */
    public DeleteItem key(Map<String, ?> key) {
        this.key = new LinkedHashMap<>(Objects.requireNonNull(key, "key"));
        return this;
    }

    /**
     * @param conditionExpression what must hold for the delete to happen, such as
     *                            {@code "attribute_not_exists(h)"} (API member {@code ConditionExpression})
     * @return this action
     */
    public DeleteItem conditionExpression(String conditionExpression) {
        conditions.conditionExpression(conditionExpression);
        return this;
    }

    /**
     * Sets the condition from a builder, such as {@code attribute("v").eq(3)} (API member
     * {@code ConditionExpression}); it replaces a condition string set before, and its placeholders join any
     * set by hand.
     *
     * @param conditionExpression what must hold for the delete to happen
     * @return this action
     * @see io.lowvoltage.expressions.Expressions
     */
    public DeleteItem conditionExpression(ConditionExpression conditionExpression) {
        conditions.conditionExpression(conditionExpression);
        return this;
    }

    /**
     * Defines a name placeholder used in the condition expression (API member {@code ExpressionAttributeNames}).
     *
     * @param placeholder such as {@code #n}
     * @param name        the attribute name it stands for
     * @return this action
     */
    public DeleteItem expressionAttributeName(String placeholder, String name) {
        conditions.expressionAttributeName(placeholder, name);
        return this;
    }

    /**
     * @param names name placeholders and the names they stand for, added to those already set (API member
     *              {@code ExpressionAttributeNames})
     * @return this action
     */
    public DeleteItem expressionAttributeNames(Map<String, String> names) {
        names.forEach(conditions::expressionAttributeName);
        return this;
    }

    /**
     * Defines a value placeholder used in the condition expression (API member
     * {@code ExpressionAttributeValues}).
     *
     * @param placeholder such as {@code :v}
     * @param value       the value it stands for, following the attribute value mapping of
     *                    {@link io.lowvoltage.Item}; {@code null} is NULL
     * @return this action
     */
    public DeleteItem expressionAttributeValue(String placeholder, Object value) {
        conditions.expressionAttributeValue(placeholder, value);
        return this;
    }

    /**
     * @param values value placeholders and the values they stand for, added to those already set (API member
     *               {@code ExpressionAttributeValues})
     * @return this action
     */
    public DeleteItem expressionAttributeValues(Map<String, ?> values) {
        values.forEach(conditions::expressionAttributeValue);
        return this;
    }

    /**
     * The legacy form of a condition (API member {@code Expected}); prefer
     * {@link #conditionExpression(String)}. Adds to the expectations already set.
     *
     * @param attributeName the attribute the expectation is about
     * @param expectation   such as {@code ExpectedAttributeValue.exists(false)}
     * @return this action
     */
    public DeleteItem expected(String attributeName, ExpectedAttributeValue expectation) {
        conditions.expected(attributeName, expectation);
        return this;
    }

    /**
     * @param expectations expectations by attribute name, added to those already set (API member
     *                     {@code Expected})
     * @return this action
     * @see #expected(String, ExpectedAttributeValue)
     */
    public DeleteItem expected(Map<String, ExpectedAttributeValue> expectations) {
        expectations.forEach(conditions::expected);
        return this;
    }

    /**
     * @param conditionalOperator how several legacy expectations combine (API member {@code ConditionalOperator})
     * @return this action
     */
    public DeleteItem conditionalOperator(ConditionalOperator conditionalOperator) {
        conditions.conditionalOperator(conditionalOperator);
        return this;
    }

    /** @return this action, requiring every legacy expectation to hold (the default) */
    public DeleteItem conditionalOperatorAnd() {
        return conditionalOperator(ConditionalOperator.AND);
    }

    /** @return this action, requiring at least one legacy expectation to hold */
    public DeleteItem conditionalOperatorOr() {
        return conditionalOperator(ConditionalOperator.OR);
    }

    /**
     * @param returnValues what to return of the item (API member {@code ReturnValues}); DeleteItem accepts only
     *                     {@code NONE} and {@code ALL_OLD}
     * @return this action
     */
    public DeleteItem returnValues(ReturnValue returnValues) {
        conditions.returnValues(returnValues);
        return this;
    }

    /** @return this action, returning no attributes (the default) */
    public DeleteItem returnValuesNone() {
        return returnValues(ReturnValue.NONE);
    }

    /** @return this action, returning the item it deleted, if any */
    public DeleteItem returnValuesAllOld() {
        return returnValues(ReturnValue.ALL_OLD);
    }

    /**
     * @param returnConsumedCapacity how much consumed capacity to report (API member
     *                               {@code ReturnConsumedCapacity})
     * @return this action
     */
    public DeleteItem returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
        conditions.returnConsumedCapacity(returnConsumedCapacity);
        return this;
    }

    /** @return this action, reporting the total consumed capacity */
    public DeleteItem returnConsumedCapacityTotal() {
        return returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
    }

    /** @return this action, reporting the consumed capacity of the table and each index */
    public DeleteItem returnConsumedCapacityIndexes() {
        return returnConsumedCapacity(ReturnConsumedCapacity.INDEXES);
    }

    /** @return this action, reporting no consumed capacity (the default) */
    public DeleteItem returnConsumedCapacityNone() {
        return returnConsumedCapacity(ReturnConsumedCapacity.NONE);
    }

    /**
     * @param returnItemCollectionMetrics whether to report the size of the item collection written to (API
     *                                    member {@code ReturnItemCollectionMetrics})
     * @return this action
     */
    public DeleteItem returnItemCollectionMetrics(ReturnItemCollectionMetrics returnItemCollectionMetrics) {
        conditions.returnItemCollectionMetrics(returnItemCollectionMetrics);
        return this;
    }

    /** @return this action, reporting the size of the item collection written to */
    public DeleteItem returnItemCollectionMetricsSize() {
        return returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE);
    }

    /** @return this action, reporting no item collection metrics (the default) */
    public DeleteItem returnItemCollectionMetricsNone() {
        return returnItemCollectionMetrics(ReturnItemCollectionMetrics.NONE);
    }

    /**
     * @param returnValuesOnConditionCheckFailure what the error carries when the condition does not hold (API
     *                                            member {@code ReturnValuesOnConditionCheckFailure})
     * @return this action
     */
    public DeleteItem returnValuesOnConditionCheckFailure(
            ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {
        conditions.returnValuesOnConditionCheckFailure(returnValuesOnConditionCheckFailure);
        return this;
    }

    /**
     * @return this action, putting the existing item in
     *         {@link io.lowvoltage.exceptions.ConditionalCheckFailedException#item()} when the condition fails
     */
    public DeleteItem returnValuesOnConditionCheckFailureAllOld() {
        return returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
    }

    /** @return this action, returning no item when the condition fails (the default) */
    public DeleteItem returnValuesOnConditionCheckFailureNone() {
        return returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.NONE);
    }

    @Override
    protected String tableName() {
        return tableName;
    }

    @Override
    protected void validate() {
        Require.tableName(tableName, "DeleteItem", "TableName", "new DeleteItem(tableName, key) or .tableName(...)");
        Require.present(key, "DeleteItem", "Key", "new DeleteItem(tableName, key) or .key(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.TABLE_NAME, tableName);
        JsonWrites.attributeMap(generator, Members.KEY, key, "Key");
        conditions.writeExpected(generator);
        conditions.writeConditionalOperator(generator);
        conditions.writeReturns(generator);
        conditions.writeExpressions(generator, conditions.placeholders("DeleteItem"));
        generator.writeEndObject();
    }

    @Override
    protected DeleteItemResponse readResponse(JsonParser parser) {
        return DeleteItemResponse.read(parser);
    }
}
