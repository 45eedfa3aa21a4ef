package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.expressions.ProjectionExpression;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.Variadic;
import io.lowvoltage.internal.collect.ArrayMap;
import io.lowvoltage.internal.expressions.Placeholders;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Reads one item by its primary key: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html">GetItem</a>.
 *
 * <pre>{@code
 * GetItemResponse response = connection.request(new GetItem("Table", Map.of("h", 0)).consistentRead(true));
 * }</pre>
 * Mandatory: the table name and the key, in the constructor or chained. Not thread-safe: a builder.
 */
public final class GetItem extends Action<GetItemResponse> {
    private String tableName;
    private Map<String, Object> key;
    private List<String> attributesToGet;
    private Boolean consistentRead;
    private ReturnConsumedCapacity returnConsumedCapacity;
    private String projectionExpression;
    private ProjectionExpression projection;
    private final HandPlaceholders handPlaceholders = new HandPlaceholders();

    /** An empty GetItem: set the table name and key by chaining. */
    public GetItem() {
    }

    /**
     * @param tableName the table's name or ARN
     * @param key       the primary key: the partition key attribute, and the sort key attribute if any
     */
    public GetItem(String tableName, Map<String, ?> key) {
        tableName(tableName);
        key(key);
    }

    @Override
    protected String operation() {
        return "GetItem";
    }

    /**
     * @param tableName the table's name or ARN (API member {@code TableName})
     * @return this action
     */
    public GetItem tableName(String tableName) {
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        return this;
    }

    /**
     * @param key the primary key of the item to read (API member {@code Key}); values follow the attribute
     *            value mapping of {@link io.lowvoltage.Item}
     * @return this action
     */
    public GetItem key(Map<String, ?> key) {
        this.key = ArrayMap.copyOf(Objects.requireNonNull(key, "key"));
        return this;
    }

    /**
     * Reads with strong consistency instead of eventual (API member {@code ConsistentRead}).
     *
     * @param consistentRead whether the read is strongly consistent
     * @return this action
     */
    public GetItem consistentRead(boolean consistentRead) {
        this.consistentRead = consistentRead;
        return this;
    }

    /**
     * @param returnConsumedCapacity how much consumed capacity to report (API member
     *                               {@code ReturnConsumedCapacity})
     * @return this action
     */
    public GetItem returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
        this.returnConsumedCapacity = Objects.requireNonNull(returnConsumedCapacity, "returnConsumedCapacity");
        return this;
    }

    /** @return this action, reporting the total consumed capacity */
    public GetItem returnConsumedCapacityTotal() {
        return returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
    }

    /** @return this action, reporting the consumed capacity of the table and each index */
    public GetItem returnConsumedCapacityIndexes() {
        return returnConsumedCapacity(ReturnConsumedCapacity.INDEXES);
    }

    /** @return this action, reporting no consumed capacity (the default) */
    public GetItem returnConsumedCapacityNone() {
        return returnConsumedCapacity(ReturnConsumedCapacity.NONE);
    }

    /**
     * @param projectionExpression the attributes to read, such as {@code "a, b.c, #n[0]"} (API member
     *                             {@code ProjectionExpression}); by default all are read
     * @return this action
     */
    public GetItem projectionExpression(String projectionExpression) {
        this.projectionExpression = Objects.requireNonNull(projectionExpression, "projectionExpression");
        this.projection = null;
        return this;
    }

    /**
     * Sets the attributes to read from a builder, such as {@code projection("a", "b.c")} (API member
     * {@code ProjectionExpression}); it replaces a projection string set before, and its placeholders join any
     * set by hand.
     *
     * @param projectionExpression the attributes to read
     * @return this action
     * @see io.lowvoltage.expressions.Expressions
     */
    public GetItem projectionExpression(ProjectionExpression projectionExpression) {
        this.projection = Objects.requireNonNull(projectionExpression, "projectionExpression");
        this.projectionExpression = null;
        return this;
    }

    /**
     * Defines a name placeholder used in the projection expression (API member {@code ExpressionAttributeNames}).
     *
     * @param placeholder such as {@code #n}
     * @param name        the attribute name it stands for
     * @return this action
     */
    public GetItem expressionAttributeName(String placeholder, String name) {
        handPlaceholders.name(placeholder, name);
        return this;
    }

    /**
     * @param names name placeholders and the names they stand for, added to those already set
     * @return this action
     */
    public GetItem expressionAttributeNames(Map<String, String> names) {
        names.forEach(this::expressionAttributeName);
        return this;
    }

    /**
     * The legacy form of a projection (API member {@code AttributesToGet}); prefer
     * {@link #projectionExpression(String)}. Adds to the names already set.
     *
     * @param attributeNames the attributes to read
     * @return this action
     */
    public GetItem attributesToGet(String... attributeNames) {
        Variadic.addAll(attributesToGet(), "attributesToGet", attributeNames);
        return this;
    }

    /**
     * @param attributeNames the attributes to read, added to those already set
     * @return this action
     * @see #attributesToGet(String...)
     */
    public GetItem attributesToGet(Iterable<String> attributeNames) {
        Variadic.addAll(attributesToGet(), "attributesToGet", attributeNames);
        return this;
    }

    /**
     * @param attributeNames the attributes to read, added to those already set
     * @return this action
     * @see #attributesToGet(String...)
     */
    public GetItem attributesToGet(Stream<String> attributeNames) {
        Variadic.addAll(attributesToGet(), "attributesToGet", attributeNames);
        return this;
    }

    private List<String> attributesToGet() {
        if (attributesToGet == null) {
            attributesToGet = new ArrayList<>();
        }
        return attributesToGet;
    }

    @Override
    protected String tableName() {
        return tableName;
    }

    @Override
    protected void validate() {
        Require.tableName(tableName, "GetItem", "TableName", "new GetItem(tableName, key) or .tableName(...)");
        Require.present(key, "GetItem", "Key", "new GetItem(tableName, key) or .key(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        Placeholders placeholders = handPlaceholders.placeholders("GetItem");
        String renderedProjection = placeholders.render(projectionExpression, projection, "ProjectionExpression");
        generator.writeStartObject();
        JsonWrites.string(generator, Members.TABLE_NAME, tableName);
        JsonWrites.attributeMap(generator, Members.KEY, key, "Key");
        JsonWrites.strings(generator, Members.ATTRIBUTES_TO_GET, attributesToGet);
        JsonWrites.bool(generator, Members.CONSISTENT_READ, consistentRead);
        JsonWrites.constant(generator, Members.RETURN_CONSUMED_CAPACITY, returnConsumedCapacity);
        JsonWrites.string(generator, Members.PROJECTION_EXPRESSION, renderedProjection);
        JsonWrites.stringMap(generator, Members.EXPRESSION_ATTRIBUTE_NAMES, placeholders.names());
        generator.writeEndObject();
    }

    @Override
    protected GetItemResponse readResponse(JsonParser parser) {
        return GetItemResponse.read(parser);
    }
}
