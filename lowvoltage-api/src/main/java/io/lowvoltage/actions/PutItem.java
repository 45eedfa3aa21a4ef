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
 * Creates an item, or replaces the item that has the same primary key: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html">PutItem</a>.
 *
 * <pre>{@code
 * connection.request(new PutItem("Table", Map.of("h", 0, "a", "x"))
 *         .conditionExpression("attribute_not_exists(h)")
 *         .returnValuesAllOld());
 * }</pre>
 * Mandatory: the table name and the item, in the constructor or chained. A condition that does not hold fails
 * with {@link io.lowvoltage.exceptions.ConditionalCheckFailedException}. Not thread-safe: a builder.
 */
public final class PutItem extends Action<PutItemResponse> {
    private String tableName;
    private Map<String, Object> item;
    private final WriteConditions conditions = new WriteConditions();

    /** An empty PutItem: set the table name and item by chaining. */
    public PutItem() {
    }

    /**
     * @param tableName the table's name or ARN
     * @param item      the item, with its primary key attributes
     */
    public PutItem(String tableName, Map<String, ?> item) {
        tableName(tableName);
        item(item);
    }

    @Override
    protected String operation() {
        return "PutItem";
    }

    /**
     * @param tableName the table's name or ARN (API member {@code TableName})
     * @return this action
     */
    public PutItem tableName(String tableName) {
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        return this;
    }

    /**
     * @param item the item to write, with its primary key attributes (API member {@code Item}); values follow
     *             the attribute value mapping of {@link io.lowvoltage.Item}, a {@code null} value is NULL
     * @return this action
     */
    public PutItem item(Map<String, ?> item) {
        this.item = new LinkedHashMap<>(Objects.requireNonNull(item, "item"));
        return this;
    }

    /**
     * @param conditionExpression what must hold for the put to happen, such as
     *                            {@code "attribute_not_exists(h)"} (API member {@code ConditionExpression})
     * @return this action
     */
    public PutItem conditionExpression(String conditionExpression) {
        conditions.conditionExpression(conditionExpression);
        return this;
    }

    /**
     * Sets the condition from a builder, such as {@code attribute("v").eq(3)} (API member
     * {@code ConditionExpression}); it replaces a condition string set before, and its placeholders join any
     * set by hand.
     *
     * @param conditionExpression what must hold for the put to happen
     * @return this action
     * @see io.lowvoltage.expressions.Expressions
     */
    public PutItem conditionExpression(ConditionExpression conditionExpression) {
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
    public PutItem expressionAttributeName(String placeholder, String name) {
        conditions.expressionAttributeName(placeholder, name);
        return this;
    }

    /**
     * @param names name placeholders and the names they stand for, added to those already set (API member
     *              {@code ExpressionAttributeNames})
     * @return this action
     */
    public PutItem expressionAttributeNames(Map<String, String> names) {
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
    public PutItem expressionAttributeValue(String placeholder, Object value) {
        conditions.expressionAttributeValue(placeholder, value);
        return this;
    }

    /**
     * @param values value placeholders and the values they stand for, added to those already set (API member
     *               {@code ExpressionAttributeValues})
     * @return this action
     */
    public PutItem expressionAttributeValues(Map<String, ?> values) {
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
    public PutItem expected(String attributeName, ExpectedAttributeValue expectation) {
        conditions.expected(attributeName, expectation);
        return this;
    }

    /**
     * @param expectations expectations by attribute name, added to those already set (API member
     *                     {@code Expected})
     * @return this action
     * @see #expected(String, ExpectedAttributeValue)
     */
    public PutItem expected(Map<String, ExpectedAttributeValue> expectations) {
        expectations.forEach(conditions::expected);
        return this;
    }

    /**
     * @param conditionalOperator how several legacy expectations combine (API member {@code ConditionalOperator})
     * @return this action
     */
    public PutItem conditionalOperator(ConditionalOperator conditionalOperator) {
        conditions.conditionalOperator(conditionalOperator);
        return this;
    }

    /** @return this action, requiring every legacy expectation to hold (the default) */
    public PutItem conditionalOperatorAnd() {
        return conditionalOperator(ConditionalOperator.AND);
    }

    /** @return this action, requiring at least one legacy expectation to hold */
    public PutItem conditionalOperatorOr() {
        return conditionalOperator(ConditionalOperator.OR);
    }

    /**
     * @param returnValues what to return of the item (API member {@code ReturnValues}); PutItem accepts only
     *                     {@code NONE} and {@code ALL_OLD}
     * @return this action
     */
    public PutItem returnValues(ReturnValue returnValues) {
        conditions.returnValues(returnValues);
        return this;
    }

    /** @return this action, returning no attributes (the default) */
    public PutItem returnValuesNone() {
        return returnValues(ReturnValue.NONE);
    }

    /** @return this action, returning the item it replaced, if any */
    public PutItem returnValuesAllOld() {
        return returnValues(ReturnValue.ALL_OLD);
    }

    /**
     * @param returnConsumedCapacity how much consumed capacity to report (API member
     *                               {@code ReturnConsumedCapacity})
     * @return this action
     */
    public PutItem returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
        conditions.returnConsumedCapacity(returnConsumedCapacity);
        return this;
    }

    /** @return this action, reporting the total consumed capacity */
    public PutItem returnConsumedCapacityTotal() {
        return returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
    }

    /** @return this action, reporting the consumed capacity of the table and each index */
    public PutItem returnConsumedCapacityIndexes() {
        return returnConsumedCapacity(ReturnConsumedCapacity.INDEXES);
    }

    /** @return this action, reporting no consumed capacity (the default) */
    public PutItem returnConsumedCapacityNone() {
        return returnConsumedCapacity(ReturnConsumedCapacity.NONE);
    }

    /**
     * @param returnItemCollectionMetrics whether to report the size of the item collection written to (API
     *                                    member {@code ReturnItemCollectionMetrics})
     * @return this action
     */
    public PutItem returnItemCollectionMetrics(ReturnItemCollectionMetrics returnItemCollectionMetrics) {
        conditions.returnItemCollectionMetrics(returnItemCollectionMetrics);
        return this;
    }

    /** @return this action, reporting the size of the item collection written to */
    public PutItem returnItemCollectionMetricsSize() {
        return returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE);
    }

    /** @return this action, reporting no item collection metrics (the default) */
    public PutItem returnItemCollectionMetricsNone() {
        return returnItemCollectionMetrics(ReturnItemCollectionMetrics.NONE);
    }

    /**
     * @param returnValuesOnConditionCheckFailure what the error carries when the condition does not hold (API
     *                                            member {@code ReturnValuesOnConditionCheckFailure})
     * @return this action
     */
    public PutItem returnValuesOnConditionCheckFailure(
            ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {
        conditions.returnValuesOnConditionCheckFailure(returnValuesOnConditionCheckFailure);
        return this;
    }

    /**
     * @return this action, putting the existing item in
     *         {@link io.lowvoltage.exceptions.ConditionalCheckFailedException#item()} when the condition fails
     */
    public PutItem returnValuesOnConditionCheckFailureAllOld() {
        return returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
    }

    /** @return this action, returning no item when the condition fails (the default) */
    public PutItem returnValuesOnConditionCheckFailureNone() {
        return returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.NONE);
    }

    @Override
    protected String tableName() {
        return tableName;
    }

    @Override
    protected void validate() {
        Require.tableName(tableName, "PutItem", "TableName", "new PutItem(tableName, item) or .tableName(...)");
        Require.present(item, "PutItem", "Item", "new PutItem(tableName, item) or .item(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.TABLE_NAME, tableName);
        JsonWrites.attributeMap(generator, Members.ITEM, item, "Item");
        conditions.writeExpected(generator);
        conditions.writeReturns(generator);
        conditions.writeConditionalOperator(generator);
        conditions.writeExpressions(generator, conditions.placeholders("PutItem"));
        generator.writeEndObject();
    }

    @Override
    protected PutItemResponse readResponse(JsonParser parser) {
        return PutItemResponse.read(parser);
    }
}
