package io.lowvoltage.actions;

import io.lowvoltage.expressions.ConditionExpression;
import io.lowvoltage.expressions.UpdateExpression;

import io.lowvoltage.Action;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Writes up to 100 items, in one or more tables, all or none: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html">TransactWriteItems</a>.
 *
 * <pre>{@code
 * connection.request(new TransactWriteItems()
 *         .put("T", Map.of("h", 1, "a", "x")).conditionExpression("attribute_not_exists(h)")
 *         .update("T", Map.of("h", 2)).updateExpression("SET a = :v").expressionAttributeValue(":v", 1)
 *         .delete("T", Map.of("h", 3))
 *         .conditionCheck("T", Map.of("h", 4)).conditionExpression("attribute_exists(h)")
 *         .clientRequestToken("token"));
 * }</pre>
 *
 * <p>{@link #put}, {@link #update}, {@link #delete} and {@link #conditionCheck} add an element; the condition,
 * update expression, placeholders and {@code ReturnValuesOnConditionCheckFailure} setters apply to the element
 * added last. Mandatory: 1 to 100 elements, an update expression on each update and a condition expression on
 * each condition check. When no {@link #clientRequestToken(String) client request token} is set, each
 * {@code Connection.request} call sends a new random one, which its retries repeat. A condition that does not
 * hold cancels the whole transaction with {@link io.lowvoltage.exceptions.TransactionCanceledException}, whose
 * reasons say which element failed. Not thread-safe: a builder.
 */
public final class TransactWriteItems extends Action<TransactWriteItemsResponse> {
    private static final String OPERATION = "TransactWriteItems";

    private final LastAdded<TransactItem> items = new LastAdded<>(OPERATION, "TransactItems",
            ".put(tableName, item), .update(tableName, key), .delete(tableName, key) or"
                    + " .conditionCheck(tableName, key)", 100);
    private ReturnConsumedCapacity returnConsumedCapacity;
    private ReturnItemCollectionMetrics returnItemCollectionMetrics;
    private String clientRequestToken;
    private String tokenToSend;

    /** An empty TransactWriteItems: add elements with put, update, delete and conditionCheck. */
    public TransactWriteItems() {
    }

    @Override
    protected String operation() {
        return OPERATION;
    }

    /**
     * Adds a put: creates the item or replaces the one with the same key (a {@code Put} in API member
     * {@code TransactItems}).
     *
     * @param tableName the table's name or ARN (API member {@code TableName} of {@code Put})
     * @param item      the item, with its primary key attributes (API member {@code Item} of {@code Put}); values
     *                  follow the attribute value mapping of {@link io.lowvoltage.Item}, a {@code null} is NULL
     * @return this action
     */
    public TransactWriteItems put(String tableName, Map<String, ?> item) {
        items.add(new TransactItem(TransactItem.Kind.PUT, tableName, item));
        return this;
    }

    /**
     * Adds an update, which needs an {@link #updateExpression(String) update expression} (an {@code Update} in
     * API member {@code TransactItems}).
     *
     * @param tableName the table's name or ARN (API member {@code TableName} of {@code Update})
     * @param key       the primary key of the item (API member {@code Key} of {@code Update})
     * @return this action
     */
    public TransactWriteItems update(String tableName, Map<String, ?> key) {
        items.add(new TransactItem(TransactItem.Kind.UPDATE, tableName, key));
        return this;
    }

    /**
     * Adds a delete (a {@code Delete} in API member {@code TransactItems}).
     *
     * @param tableName the table's name or ARN (API member {@code TableName} of {@code Delete})
     * @param key       the primary key of the item (API member {@code Key} of {@code Delete})
     * @return this action
     */
    public TransactWriteItems delete(String tableName, Map<String, ?> key) {
        items.add(new TransactItem(TransactItem.Kind.DELETE, tableName, key));
        return this;
    }

    /**
     * Adds a check of an item that the transaction does not write, which needs a
     * {@link #conditionExpression(String) condition expression} (a {@code ConditionCheck} in API member
     * {@code TransactItems}).
     *
     * @param tableName the table's name or ARN (API member {@code TableName} of {@code ConditionCheck})
     * @param key       the primary key of the item (API member {@code Key} of {@code ConditionCheck})
     * @return this action
     */
    public TransactWriteItems conditionCheck(String tableName, Map<String, ?> key) {
        items.add(new TransactItem(TransactItem.Kind.CONDITION_CHECK, tableName, key));
        return this;
    }

    /**
     * @param updateExpression what the update added last changes, such as {@code "SET a = :v"} (API member
     *                         {@code UpdateExpression} of {@code Update})
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when the element added last is not an update
     */
    public TransactWriteItems updateExpression(String updateExpression) {
        items.last("updateExpression").updateExpression(updateExpression);
        return this;
    }

    /**
     * @param updateExpression what the update added last changes, from a builder such as
     *                         {@code set("a", 1).remove("b")} (API member {@code UpdateExpression} of
     *                         {@code Update}); it replaces an update string, and its placeholders join those set
     *                         by hand on the same element
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when the element added last is not an update
     * @see io.lowvoltage.expressions.Expressions
     */
    public TransactWriteItems updateExpression(UpdateExpression updateExpression) {
        items.last("updateExpression").updateExpression(updateExpression);
        return this;
    }

    /**
     * @param conditionExpression what must hold for the element added last, from a builder such as
     *                            {@code attribute("h").notExists()} (API member {@code ConditionExpression})
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when no element was added yet
     * @see io.lowvoltage.expressions.Expressions
     */
    public TransactWriteItems conditionExpression(ConditionExpression conditionExpression) {
        items.last("conditionExpression").conditionExpression(conditionExpression);
        return this;
    }

    /**
     * @param conditionExpression what must hold for the element added last, such as
     *                            {@code "attribute_not_exists(h)"} (API member {@code ConditionExpression})
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when no element was added yet
     */
    public TransactWriteItems conditionExpression(String conditionExpression) {
        items.last("conditionExpression").conditionExpression(conditionExpression);
        return this;
    }

    /**
     * Defines a name placeholder used in the expressions of the element added last (API member
     * {@code ExpressionAttributeNames}).
     *
     * @param placeholder such as {@code #n}
     * @param name        the attribute name it stands for
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when no element was added yet
     */
    public TransactWriteItems expressionAttributeName(String placeholder, String name) {
        items.last("expressionAttributeName").expressionAttributeName(placeholder, name);
        return this;
    }

    /**
     * @param names name placeholders of the element added last and the names they stand for, added to those
     *              already set (API member {@code ExpressionAttributeNames})
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when no element was added yet
     */
    public TransactWriteItems expressionAttributeNames(Map<String, String> names) {
        TransactItem last = items.last("expressionAttributeNames");
        Objects.requireNonNull(names, "names").forEach(last::expressionAttributeName);
        return this;
    }

    /**
     * Defines a value placeholder used in the expressions of the element added last (API member
     * {@code ExpressionAttributeValues}).
     *
     * @param placeholder such as {@code :v}
     * @param value       the value it stands for, following the attribute value mapping of
     *                    {@link io.lowvoltage.Item}; {@code null} is NULL
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when no element was added yet
     */
    public TransactWriteItems expressionAttributeValue(String placeholder, Object value) {
        items.last("expressionAttributeValue").expressionAttributeValue(placeholder, value);
        return this;
    }

    /**
     * @param values value placeholders of the element added last and the values they stand for, added to those
     *               already set (API member {@code ExpressionAttributeValues})
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when no element was added yet
     */
    public TransactWriteItems expressionAttributeValues(Map<String, ?> values) {
        TransactItem last = items.last("expressionAttributeValues");
        Objects.requireNonNull(values, "values").forEach(last::expressionAttributeValue);
        return this;
    }

    /**
     * @param returnValuesOnConditionCheckFailure whether the cancellation reason of the element added last
     *                                            carries its item when its condition fails (API member
     *                                            {@code ReturnValuesOnConditionCheckFailure})
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when no element was added yet
     */
    public TransactWriteItems returnValuesOnConditionCheckFailure(
            ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {
        items.last("returnValuesOnConditionCheckFailure")
                .returnValuesOnConditionCheckFailure(returnValuesOnConditionCheckFailure);
        return this;
    }

    /**
     * @return this action, putting the item as it was in the
     *         {@link io.lowvoltage.exceptions.CancellationReason#item() cancellation reason} of the element added
     *         last when its condition fails
     */
    public TransactWriteItems returnValuesOnConditionCheckFailureAllOld() {
        return returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
    }

    /** @return this action, returning no item when the condition of the element added last fails (the default) */
    public TransactWriteItems returnValuesOnConditionCheckFailureNone() {
        return returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.NONE);
    }

    /**
     * @param returnConsumedCapacity how much consumed capacity to report (API member
     *                               {@code ReturnConsumedCapacity})
     * @return this action
     */
    public TransactWriteItems returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
        this.returnConsumedCapacity = Objects.requireNonNull(returnConsumedCapacity, "returnConsumedCapacity");
        return this;
    }

    /** @return this action, reporting the total consumed capacity of each table */
    public TransactWriteItems returnConsumedCapacityTotal() {
        return returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
    }

    /** @return this action, reporting the consumed capacity of each table and each index */
    public TransactWriteItems returnConsumedCapacityIndexes() {
        return returnConsumedCapacity(ReturnConsumedCapacity.INDEXES);
    }

    /** @return this action, reporting no consumed capacity (the default) */
    public TransactWriteItems returnConsumedCapacityNone() {
        return returnConsumedCapacity(ReturnConsumedCapacity.NONE);
    }

    /**
     * @param returnItemCollectionMetrics whether to report the size of the item collections written (API member
     *                                    {@code ReturnItemCollectionMetrics})
     * @return this action
     */
    public TransactWriteItems returnItemCollectionMetrics(ReturnItemCollectionMetrics returnItemCollectionMetrics) {
        this.returnItemCollectionMetrics =
                Objects.requireNonNull(returnItemCollectionMetrics, "returnItemCollectionMetrics");
        return this;
    }

    /** @return this action, reporting the size of the item collections written */
    public TransactWriteItems returnItemCollectionMetricsSize() {
        return returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE);
    }

    /** @return this action, reporting no item collection metrics (the default) */
    public TransactWriteItems returnItemCollectionMetricsNone() {
        return returnItemCollectionMetrics(ReturnItemCollectionMetrics.NONE);
    }

    /**
     * Makes the request idempotent for 10 minutes: a repeat with the same token is not applied again (API member
     * {@code ClientRequestToken}). When unset, each {@code Connection.request} call sends a new random token.
     *
     * @param clientRequestToken up to 36 characters
     * @return this action
     */
    public TransactWriteItems clientRequestToken(String clientRequestToken) {
        this.clientRequestToken = Objects.requireNonNull(clientRequestToken, "clientRequestToken");
        return this;
    }

    @Override
    protected void validate() {
        TransactItem.validateAll(OPERATION, items);
        tokenToSend = LastAdded.tokenOrRandom(clientRequestToken);
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        TransactItem.writeAll(generator, OPERATION, items.all());
        JsonWrites.constant(generator, Members.RETURN_CONSUMED_CAPACITY, returnConsumedCapacity);
        JsonWrites.constant(generator, Members.RETURN_ITEM_COLLECTION_METRICS, returnItemCollectionMetrics);
        JsonWrites.string(generator, TransactionMembers.CLIENT_REQUEST_TOKEN, tokenToSend);
        generator.writeEndObject();
    }

    @Override
    protected TransactWriteItemsResponse readResponse(JsonParser parser) {
        return TransactWriteItemsResponse.read(parser);
    }
}
