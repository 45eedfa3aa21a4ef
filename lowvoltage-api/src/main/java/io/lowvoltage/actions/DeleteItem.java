package io.lowvoltage.actions;

import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.collect.ArrayMap;
import io.lowvoltage.internal.json.JsonWrites;
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
public final class DeleteItem extends ItemWriteAction<DeleteItem, DeleteItemResponse> {
    private Map<String, Object> key;

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
     * @param key the primary key of the item to delete (API member {@code Key}); values follow the attribute
     *            value mapping of {@link io.lowvoltage.Item}
     * @return this action
     */
    public DeleteItem key(Map<String, ?> key) {
        this.key = ArrayMap.copyOf(Objects.requireNonNull(key, "key"));
        return this;
    }

    @Override
    protected void validate() {
        Require.tableName(tableName(), "DeleteItem", "TableName", "new DeleteItem(tableName, key) or .tableName(...)");
        Require.present(key, "DeleteItem", "Key", "new DeleteItem(tableName, key) or .key(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.TABLE_NAME, tableName());
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
