package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.expressions.ConditionExpression;
import io.lowvoltage.expressions.UpdateExpression;
import io.lowvoltage.internal.expressions.Placeholders;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Changes attributes of one item, creating it if no item has that key: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html">UpdateItem</a>.
 *
 * <pre>{@code
 * UpdateItemResponse response = connection.request(new UpdateItem("Table", Map.of("h", 0))
 *         .updateExpression("SET #a = :v")
 *         .expressionAttributeName("#a", "a")
 *         .expressionAttributeValue(":v", 42)
 *         .returnValuesUpdatedNew());
 * }</pre>
 * Mandatory: the table name and the key, in the constructor or chained. A condition that does not hold fails
 * with {@link io.lowvoltage.exceptions.ConditionalCheckFailedException}. Not thread-safe: a builder.
 */
public final class UpdateItem extends Action<UpdateItemResponse> {
    private String tableName;
    private Map<String, Object> key;
    private final Map<String, AttributeValueUpdate> attributeUpdates = new LinkedHashMap<>();
    private String updateExpression;
    private UpdateExpression update;
    private final WriteConditions conditions = new WriteConditions();

    /** An empty UpdateItem: set the table name and key by chaining. */
    public UpdateItem() {
    }

    /**
     * @param tableName the table's name or ARN
     * @param key       the primary key: the partition key attribute, and the sort key attribute if any
     */
    public UpdateItem(String tableName, Map<String, ?> key) {
        tableName(tableName);
        key(key);
    }

    @Override
    protected String operation() {
        return "UpdateItem";
    }

    /**
     * @param tableName the table's name or ARN (API member {@code TableName})
     * @return this action
     */
    public UpdateItem tableName(String tableName) {
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        return this;
    }

    /**
     * @param key the primary key of the item to update (API member {@code Key}); values follow the attribute
     *            value mapping of {@link io.lowvoltage.Item}
     * @return this action
     */
    public UpdateItem key(Map<String, ?> key) {
        this.key = new LinkedHashMap<>(Objects.requireNonNull(key, "key"));
        return this;
    }

    /**
     * @param updateExpression what to change, such as {@code "SET #a = :v REMOVE b ADD c :one DELETE s :x"} (API
     *                         member {@code UpdateExpression})
     * @return this action
     */
    public UpdateItem updateExpression(String updateExpression) {
        this.updateExpression = Objects.requireNonNull(updateExpression, "updateExpression");
        this.update = null;
        return this;
    }

    /**
     * Sets what to change from a builder, such as {@code set("a", 1).remove("b")} (API member
     * {@code UpdateExpression}); it replaces an update string set before, and its placeholders join any set by
     * hand and those of a condition builder.
     *
     * @param updateExpression what to change
     * @return this action
     * @see io.lowvoltage.expressions.Expressions
     */
    public UpdateItem updateExpression(UpdateExpression updateExpression) {
        this.update = Objects.requireNonNull(updateExpression, "updateExpression");
        this.updateExpression = null;
        return this;
    }

    /**
     * The legacy form of an update (API member {@code AttributeUpdates}); prefer
     * {@link #updateExpression(String)}. Adds to the updates already set.
     *
     * @param attributeName the attribute to change
     * @param update        such as {@code AttributeValueUpdate.put(1)}
     * @return this action
     */
    public UpdateItem attributeUpdate(String attributeName, AttributeValueUpdate update) {
        attributeUpdates.put(Objects.requireNonNull(attributeName, "attributeName"),
                Objects.requireNonNull(update, "update"));
        return this;
    }

    /**
     * @param updates updates by attribute name, added to those already set (API member {@code AttributeUpdates})
     * @return this action
     * @see #attributeUpdate(String, AttributeValueUpdate)
     */
    public UpdateItem attributeUpdates(Map<String, AttributeValueUpdate> updates) {
        updates.forEach(this::attributeUpdate);
        return this;
    }

    /**
     * @param conditionExpression what must hold for the update to happen, such as
     *                            {@code "attribute_not_exists(h)"} (API member {@code ConditionExpression})
     * @return this action
     */
    public UpdateItem conditionExpression(String conditionExpression) {
        conditions.conditionExpression(conditionExpression);
        return this;
    }

    /**
     * Sets the condition from a builder, such as {@code attribute("v").eq(3)} (API member
     * {@code ConditionExpression}); it replaces a condition string set before, and its placeholders join any
     * set by hand.
     *
     * @param conditionExpression what must hold for the update to happen
     * @return this action
     * @see io.lowvoltage.expressions.Expressions
     */
    public UpdateItem conditionExpression(ConditionExpression conditionExpression) {
        conditions.conditionExpression(conditionExpression);
        return this;
    }

    /**
     * Defines a name placeholder used in the update or condition expression (API member
     * {@code ExpressionAttributeNames}).
     *
     * @param placeholder such as {@code #n}
     * @param name        the attribute name it stands for
     * @return this action
     */
    public UpdateItem expressionAttributeName(String placeholder, String name) {
        conditions.expressionAttributeName(placeholder, name);
        return this;
    }

    /**
     * @param names name placeholders and the names they stand for, added to those already set (API member
     *              {@code ExpressionAttributeNames})
     * @return this action
     */
    public UpdateItem expressionAttributeNames(Map<String, String> names) {
        names.forEach(conditions::expressionAttributeName);
        return this;
    }

    /**
     * Defines a value placeholder used in the update or condition expression (API member
     * {@code ExpressionAttributeValues}).
     *
     * @param placeholder such as {@code :v}
     * @param value       the value it stands for, following the attribute value mapping of
     *                    {@link io.lowvoltage.Item}; {@code null} is NULL
     * @return this action
     */
    public UpdateItem expressionAttributeValue(String placeholder, Object value) {
        conditions.expressionAttributeValue(placeholder, value);
        return this;
    }

    /**
     * @param values value placeholders and the values they stand for, added to those already set (API member
     *               {@code ExpressionAttributeValues})
     * @return this action
     */
    public UpdateItem expressionAttributeValues(Map<String, ?> values) {
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
    public UpdateItem expected(String attributeName, ExpectedAttributeValue expectation) {
        conditions.expected(attributeName, expectation);
        return this;
    }

    /**
     * @param expectations expectations by attribute name, added to those already set (API member
     *                     {@code Expected})
     * @return this action
     * @see #expected(String, ExpectedAttributeValue)
     */
    public UpdateItem expected(Map<String, ExpectedAttributeValue> expectations) {
        expectations.forEach(conditions::expected);
        return this;
    }

    /**
     * @param conditionalOperator how several legacy expectations combine (API member {@code ConditionalOperator})
     * @return this action
     */
    public UpdateItem conditionalOperator(ConditionalOperator conditionalOperator) {
        conditions.conditionalOperator(conditionalOperator);
        return this;
    }

    /** @return this action, requiring every legacy expectation to hold (the default) */
    public UpdateItem conditionalOperatorAnd() {
        return conditionalOperator(ConditionalOperator.AND);
    }

    /** @return this action, requiring at least one legacy expectation to hold */
    public UpdateItem conditionalOperatorOr() {
        return conditionalOperator(ConditionalOperator.OR);
    }

    /**
     * @param returnValues what to return of the item, before or after the update (API member
     *                     {@code ReturnValues})
     * @return this action
     */
    public UpdateItem returnValues(ReturnValue returnValues) {
        conditions.returnValues(returnValues);
        return this;
    }

    /** @return this action, returning no attributes (the default) */
    public UpdateItem returnValuesNone() {
        return returnValues(ReturnValue.NONE);
    }

    /** @return this action, returning the whole item as it was before the update */
    public UpdateItem returnValuesAllOld() {
        return returnValues(ReturnValue.ALL_OLD);
    }

    /** @return this action, returning the updated attributes as they were before the update */
    public UpdateItem returnValuesUpdatedOld() {
        return returnValues(ReturnValue.UPDATED_OLD);
    }

    /** @return this action, returning the whole item as it is after the update */
    public UpdateItem returnValuesAllNew() {
        return returnValues(ReturnValue.ALL_NEW);
    }

    /** @return this action, returning the updated attributes as they are after the update */
    public UpdateItem returnValuesUpdatedNew() {
        return returnValues(ReturnValue.UPDATED_NEW);
    }

    /**
     * @param returnConsumedCapacity how much consumed capacity to report (API member
     *                               {@code ReturnConsumedCapacity})
     * @return this action
     */
    public UpdateItem returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
        conditions.returnConsumedCapacity(returnConsumedCapacity);
        return this;
    }

    /** @return this action, reporting the total consumed capacity */
    public UpdateItem returnConsumedCapacityTotal() {
        return returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
    }

    /** @return this action, reporting the consumed capacity of the table and each index */
    public UpdateItem returnConsumedCapacityIndexes() {
        return returnConsumedCapacity(ReturnConsumedCapacity.INDEXES);
    }

    /** @return this action, reporting no consumed capacity (the default) */
    public UpdateItem returnConsumedCapacityNone() {
        return returnConsumedCapacity(ReturnConsumedCapacity.NONE);
    }

    /**
     * @param returnItemCollectionMetrics whether to report the size of the item collection written to (API
     *                                    member {@code ReturnItemCollectionMetrics})
     * @return this action
     */
    public UpdateItem returnItemCollectionMetrics(ReturnItemCollectionMetrics returnItemCollectionMetrics) {
        conditions.returnItemCollectionMetrics(returnItemCollectionMetrics);
        return this;
    }

    /** @return this action, reporting the size of the item collection written to */
    public UpdateItem returnItemCollectionMetricsSize() {
        return returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE);
    }

    /** @return this action, reporting no item collection metrics (the default) */
    public UpdateItem returnItemCollectionMetricsNone() {
        return returnItemCollectionMetrics(ReturnItemCollectionMetrics.NONE);
    }

    /**
     * @param returnValuesOnConditionCheckFailure what the error carries when the condition does not hold (API
     *                                            member {@code ReturnValuesOnConditionCheckFailure})
     * @return this action
     */
    public UpdateItem returnValuesOnConditionCheckFailure(
            ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {
        conditions.returnValuesOnConditionCheckFailure(returnValuesOnConditionCheckFailure);
        return this;
    }

    /**
     * @return this action, putting the existing item in
     *         {@link io.lowvoltage.exceptions.ConditionalCheckFailedException#item()} when the condition fails
     */
    public UpdateItem returnValuesOnConditionCheckFailureAllOld() {
        return returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
    }

    /** @return this action, returning no item when the condition fails (the default) */
    public UpdateItem returnValuesOnConditionCheckFailureNone() {
        return returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.NONE);
    }

    @Override
    protected String tableName() {
        return tableName;
    }

    @Override
    protected void validate() {
        Require.tableName(tableName, "UpdateItem", "TableName", "new UpdateItem(tableName, key) or .tableName(...)");
        Require.present(key, "UpdateItem", "Key", "new UpdateItem(tableName, key) or .key(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        Placeholders placeholders = conditions.placeholders("UpdateItem");
        String renderedUpdate = placeholders.render(updateExpression, update, "UpdateExpression");
        generator.writeStartObject();
        JsonWrites.string(generator, Members.TABLE_NAME, tableName);
        JsonWrites.attributeMap(generator, Members.KEY, key, "Key");
        WriteConditions.writeMap(generator, Members.ATTRIBUTE_UPDATES, attributeUpdates, "AttributeUpdates",
                AttributeValueUpdate::write);
        conditions.writeExpected(generator);
        conditions.writeConditionalOperator(generator);
        conditions.writeReturns(generator);
        JsonWrites.string(generator, Members.UPDATE_EXPRESSION, renderedUpdate);
        conditions.writeExpressions(generator, placeholders);
        generator.writeEndObject();
    }

    @Override
    protected UpdateItemResponse readResponse(JsonParser parser) {
        return UpdateItemResponse.read(parser);
    }
}
