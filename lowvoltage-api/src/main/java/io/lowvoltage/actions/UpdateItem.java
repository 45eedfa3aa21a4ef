package io.lowvoltage.actions;

import io.lowvoltage.expressions.UpdateExpression;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.collect.ArrayMap;
import io.lowvoltage.internal.expressions.Placeholders;
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
public final class UpdateItem extends ItemWriteAction<UpdateItem, UpdateItemResponse> {
    private Map<String, Object> key;
    private final Map<String, AttributeValueUpdate> attributeUpdates = new LinkedHashMap<>();
    private String updateExpression;
    private UpdateExpression update;

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
     * @param key the primary key of the item to update (API member {@code Key}); values follow the attribute
     *            value mapping of {@link io.lowvoltage.Item}
     * @return this action
     */
    public UpdateItem key(Map<String, ?> key) {
        this.key = ArrayMap.copyOf(Objects.requireNonNull(key, "key"));
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

    @Override
    protected void validate() {
        Require.tableName(tableName(), "UpdateItem", "TableName", "new UpdateItem(tableName, key) or .tableName(...)");
        Require.present(key, "UpdateItem", "Key", "new UpdateItem(tableName, key) or .key(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        Placeholders placeholders = conditions.placeholders("UpdateItem");
        String renderedUpdate = placeholders.render(updateExpression, update, "UpdateExpression");
        generator.writeStartObject();
        JsonWrites.string(generator, Members.TABLE_NAME, tableName());
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
