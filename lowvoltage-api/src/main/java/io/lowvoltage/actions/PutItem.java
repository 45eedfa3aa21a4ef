package io.lowvoltage.actions;

import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.collect.ArrayMap;
import io.lowvoltage.internal.json.JsonWrites;
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
public final class PutItem extends ItemWriteAction<PutItem, PutItemResponse> {
    private Map<String, Object> item;

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
     * @param item the item to write, with its primary key attributes (API member {@code Item}); values follow
     *             the attribute value mapping of {@link io.lowvoltage.Item}, a {@code null} value is NULL
     * @return this action
     */
    public PutItem item(Map<String, ?> item) {
        this.item = ArrayMap.copyOf(Objects.requireNonNull(item, "item"));
        return this;
    }

    @Override
    protected void validate() {
        Require.tableName(tableName(), "PutItem", "TableName", "new PutItem(tableName, item) or .tableName(...)");
        Require.present(item, "PutItem", "Item", "new PutItem(tableName, item) or .item(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.TABLE_NAME, tableName());
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
