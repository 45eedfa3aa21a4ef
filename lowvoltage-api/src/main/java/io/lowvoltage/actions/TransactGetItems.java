package io.lowvoltage.actions;

import io.lowvoltage.expressions.ProjectionExpression;

import io.lowvoltage.Action;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Reads up to 100 items, from one or more tables, atomically: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactGetItems.html">TransactGetItems</a>.
 *
 * <pre>{@code
 * TransactGetItemsResponse response = connection.request(new TransactGetItems()
 *         .get("T", Map.of("h", 1)).projectionExpression("a")
 *         .get("T2", Map.of("h", 2)));
 * Item first = response.responses().get(0);   // null when no item has that key
 * }</pre>
 *
 * <p>{@link #get(String, Map)} adds an item to read; {@link #projectionExpression(String)} and the name
 * placeholders apply to the item added last. Mandatory: 1 to 100 items. A transaction that conflicts with
 * another fails with {@link io.lowvoltage.exceptions.TransactionCanceledException}. Not thread-safe: a builder.
 */
public final class TransactGetItems extends Action<TransactGetItemsResponse> {
    private static final String OPERATION = "TransactGetItems";

    private final LastAdded<TransactItem> items = new LastAdded<>(OPERATION, "TransactItems",
            ".get(tableName, key)", 100);
    private ReturnConsumedCapacity returnConsumedCapacity;

    /** An empty TransactGetItems: add items with {@link #get(String, Map)}. */
    public TransactGetItems() {
    }

    @Override
    protected String operation() {
        return OPERATION;
    }

    /**
     * Adds an item to read (a {@code Get} in API member {@code TransactItems}), after those already added.
     *
     * @param tableName the table's name or ARN (API member {@code TableName} of {@code Get})
     * @param key       the primary key of the item (API member {@code Key} of {@code Get}); values follow the
     *                  attribute value mapping of {@link io.lowvoltage.Item}
     * @return this action
     */
    public TransactGetItems get(String tableName, Map<String, ?> key) {
        items.add(new TransactItem(TransactItem.Kind.GET, tableName, key));
        return this;
    }

    /**
     * @param projectionExpression the attributes to read of the item added last, such as {@code "a, #n"} (API
     *                             member {@code ProjectionExpression} of {@code Get}); by default all are read
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when no item was added yet
     */
    public TransactGetItems projectionExpression(String projectionExpression) {
        items.last("projectionExpression").projectionExpression(projectionExpression);
        return this;
    }

    /**
     * @param projectionExpression the attributes to read of the item added last, from a builder such as
     *                             {@code projection("a", "b.c")} (API member {@code ProjectionExpression} of
     *                             {@code Get}); it replaces a projection string
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when no item was added yet
     * @see io.lowvoltage.expressions.Expressions
     */
    public TransactGetItems projectionExpression(ProjectionExpression projectionExpression) {
        items.last("projectionExpression").projectionExpression(projectionExpression);
        return this;
    }

    /**
     * Defines a name placeholder used in the projection expression of the item added last (API member
     * {@code ExpressionAttributeNames} of {@code Get}).
     *
     * @param placeholder such as {@code #n}
     * @param name        the attribute name it stands for
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when no item was added yet
     */
    public TransactGetItems expressionAttributeName(String placeholder, String name) {
        items.last("expressionAttributeName").expressionAttributeName(placeholder, name);
        return this;
    }

    /**
     * @param names name placeholders of the item added last and the names they stand for, added to those already
     *              set (API member {@code ExpressionAttributeNames} of {@code Get})
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when no item was added yet
     */
    public TransactGetItems expressionAttributeNames(Map<String, String> names) {
        TransactItem last = items.last("expressionAttributeNames");
        Objects.requireNonNull(names, "names").forEach(last::expressionAttributeName);
        return this;
    }

    /**
     * @param returnConsumedCapacity how much consumed capacity to report (API member
     *                               {@code ReturnConsumedCapacity})
     * @return this action
     */
    public TransactGetItems returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
        this.returnConsumedCapacity = Objects.requireNonNull(returnConsumedCapacity, "returnConsumedCapacity");
        return this;
    }

    /** @return this action, reporting the total consumed capacity of each table */
    public TransactGetItems returnConsumedCapacityTotal() {
        return returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
    }

    /** @return this action, reporting the consumed capacity of each table and each index */
    public TransactGetItems returnConsumedCapacityIndexes() {
        return returnConsumedCapacity(ReturnConsumedCapacity.INDEXES);
    }

    /** @return this action, reporting no consumed capacity (the default) */
    public TransactGetItems returnConsumedCapacityNone() {
        return returnConsumedCapacity(ReturnConsumedCapacity.NONE);
    }

    @Override
    protected void validate() {
        TransactItem.validateAll(OPERATION, items);
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        TransactItem.writeAll(generator, OPERATION, items.all());
        JsonWrites.constant(generator, Members.RETURN_CONSUMED_CAPACITY, returnConsumedCapacity);
        generator.writeEndObject();
    }

    @Override
    protected TransactGetItemsResponse readResponse(JsonParser parser) {
        return new TransactGetItemsResponse(parser);
    }
}
