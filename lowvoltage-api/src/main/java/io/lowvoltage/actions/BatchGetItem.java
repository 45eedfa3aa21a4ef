package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.expressions.ProjectionExpression;
import io.lowvoltage.internal.expressions.Placeholders;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.Variadic;
import io.lowvoltage.internal.json.AttributeValues;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Reads items by primary key from one or more tables: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchGetItem.html">BatchGetItem</a>.
 *
 * <pre>{@code
 * BatchGetItemResponse response = connection.request(new BatchGetItem()
 *         .table("T1").keys(Map.of("h", 0), Map.of("h", 1))
 *         .table("T2").keys(Map.of("x", 42)).projectionExpression("x, #y").expressionAttributeName("#y", "y"));
 * }</pre>
 *
 * <p>{@link #table(String)} names a table; the per-table setters that follow ({@code keys},
 * {@code projectionExpression}, {@code expressionAttributeName(s)}, {@code consistentRead},
 * {@code attributesToGet}) apply to it, until the next {@code table(...)}. Naming a table again makes it the one
 * they apply to again. Tables and keys are sent in the order given.
 *
 * <p>Mandatory: at least one table, and at least one key per table. The limits of DynamoDB (100 keys, no
 * duplicate key within a table) are left to DynamoDB to enforce, so that compounds can split large batches.
 * DynamoDB may leave keys unprocessed: {@link #retryOf(BatchGetItemResponse)} makes the request that reads them.
 * Not thread-safe: a builder.
 */
public final class BatchGetItem extends Action<BatchGetItemResponse> {
    private final BatchTables<TableKeys> tables = new BatchTables<>("BatchGetItem", TableKeys::new);
    private ReturnConsumedCapacity returnConsumedCapacity;

    /** An empty BatchGetItem: name a table with {@link #table(String)}, then add its keys. */
    public BatchGetItem() {
    }

    @Override
    protected String operation() {
        return "BatchGetItem";
    }

    /**
     * Names the table that the per-table setters called next apply to (a key of API member
     * {@code RequestItems}). A table named for the first time is added after those already named.
     *
     * @param tableName the table's name or ARN
     * @return this action
     */
    public BatchGetItem table(String tableName) {
        tables.select(tableName);
        return this;
    }

    /**
     * Adds primary keys of items to read from the current table (API member {@code Keys} of
     * {@code RequestItems}).
     *
     * @param keys the keys: the partition key attribute, and the sort key attribute if any; values follow the
     *             attribute value mapping of {@link io.lowvoltage.Item}
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when no table was named yet
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, by BatchTables.elements
    public final BatchGetItem keys(Map<String, ?>... keys) {
        return addKeys(BatchTables.elements("keys", keys));
    }

    /**
     * @param keys primary keys of items to read from the current table, added to those already set
     * @return this action
     * @see #keys(Map...)
     */
    public BatchGetItem keys(Iterable<? extends Map<String, ?>> keys) {
        return addKeys(BatchTables.elements("keys", keys));
    }

    /**
     * @param keys primary keys of items to read from the current table, added to those already set; the stream
     *             is consumed
     * @return this action
     * @see #keys(Map...)
     */
    public BatchGetItem keys(Stream<? extends Map<String, ?>> keys) {
        return addKeys(Objects.requireNonNull(keys, "keys"));
    }

    private BatchGetItem addKeys(Stream<? extends Map<String, ?>> keys) {
        List<Map<String, Object>> target = tables.active("keys").keys;
        keys.forEachOrdered(key -> target.add(BatchTables.copy("keys must not hold null", key)));
        return this;
    }

    /**
     * Reads the current table's items with strong consistency instead of eventual (API member
     * {@code ConsistentRead} of {@code RequestItems}).
     *
     * @param consistentRead whether the reads are strongly consistent
     * @return this action
     */
    public BatchGetItem consistentRead(boolean consistentRead) {
        tables.active("consistentRead").consistentRead = consistentRead;
        return this;
    }

    /**
     * @param projectionExpression the attributes to read from the current table, such as {@code "a, #n"} (API
     *                             member {@code ProjectionExpression} of {@code RequestItems}); by default all
     * @return this action
     */
    public BatchGetItem projectionExpression(String projectionExpression) {
        TableKeys table = tables.active("projectionExpression");
        table.projectionExpression = Objects.requireNonNull(projectionExpression, "projectionExpression");
        table.projection = null;
        return this;
    }

    /**
     * Sets the attributes to read in the table named last from a builder, such as {@code projection("a", "b.c")}
     * (API member {@code ProjectionExpression} of its {@code KeysAndAttributes}); it replaces a projection string
     * set before, and its placeholders join any set by hand for that table.
     *
     * @param projectionExpression the attributes to read
     * @return this action
     * @see io.lowvoltage.expressions.Expressions
     */
    public BatchGetItem projectionExpression(ProjectionExpression projectionExpression) {
        TableKeys table = tables.active("projectionExpression");
        table.projection = Objects.requireNonNull(projectionExpression, "projectionExpression");
        table.projectionExpression = null;
        return this;
    }

    /**
     * Defines a name placeholder used in the current table's projection expression (API member
     * {@code ExpressionAttributeNames} of {@code RequestItems}).
     *
     * @param placeholder such as {@code #n}
     * @param name        the attribute name it stands for
     * @return this action
     */
    public BatchGetItem expressionAttributeName(String placeholder, String name) {
        tables.active("expressionAttributeName").expressionAttributeNames.put(
                Objects.requireNonNull(placeholder, "placeholder"), Objects.requireNonNull(name, "name"));
        return this;
    }

    /**
     * @param names name placeholders of the current table and the names they stand for, added to those set
     * @return this action
     * @see #expressionAttributeName(String, String)
     */
    public BatchGetItem expressionAttributeNames(Map<String, String> names) {
        tables.active("expressionAttributeNames");
        Objects.requireNonNull(names, "names").forEach(this::expressionAttributeName);
        return this;
    }

    /**
     * The legacy form of the current table's projection (API member {@code AttributesToGet} of
     * {@code RequestItems}); prefer {@link #projectionExpression(String)}. Adds to the names already set.
     *
     * @param attributeNames the attributes to read
     * @return this action
     */
    public BatchGetItem attributesToGet(String... attributeNames) {
        Variadic.addAll(tables.active("attributesToGet").attributesToGet(), "attributesToGet", attributeNames);
        return this;
    }

    /**
     * @param attributeNames the attributes to read from the current table, added to those already set
     * @return this action
     * @see #attributesToGet(String...)
     */
    public BatchGetItem attributesToGet(Iterable<String> attributeNames) {
        Variadic.addAll(tables.active("attributesToGet").attributesToGet(), "attributesToGet", attributeNames);
        return this;
    }

    /**
     * @param attributeNames the attributes to read from the current table, added to those already set
     * @return this action
     * @see #attributesToGet(String...)
     */
    public BatchGetItem attributesToGet(Stream<String> attributeNames) {
        Variadic.addAll(tables.active("attributesToGet").attributesToGet(), "attributesToGet", attributeNames);
        return this;
    }

    /**
     * @param returnConsumedCapacity how much consumed capacity to report (API member
     *                               {@code ReturnConsumedCapacity}), for all tables
     * @return this action
     */
    public BatchGetItem returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
        this.returnConsumedCapacity = Objects.requireNonNull(returnConsumedCapacity, "returnConsumedCapacity");
        return this;
    }

    /** @return this action, reporting the total consumed capacity of each table */
    public BatchGetItem returnConsumedCapacityTotal() {
        return returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
    }

    /** @return this action, reporting the consumed capacity of each table and each index */
    public BatchGetItem returnConsumedCapacityIndexes() {
        return returnConsumedCapacity(ReturnConsumedCapacity.INDEXES);
    }

    /** @return this action, reporting no consumed capacity (the default) */
    public BatchGetItem returnConsumedCapacityNone() {
        return returnConsumedCapacity(ReturnConsumedCapacity.NONE);
    }

    /**
     * Makes the request that reads what a response of this action left unprocessed: exactly the
     * {@link BatchGetItemResponse#unprocessedKeys() unprocessed keys}, table by table, with their projection,
     * placeholders and consistency, and this action's {@code ReturnConsumedCapacity}. A per-table member that
     * DynamoDB did not send back is taken from this action. This action is left unchanged.
     *
     * <pre>{@code
     * BatchGetItemResponse response = connection.request(batch);
     * while (response.hasUnprocessedKeys()) {
     *     // back off first
     *     response = connection.request(batch.retryOf(response));
     * }
     * }</pre>
     *
     * @param response a response to this action
     * @return a new action; one with no table, which fails validation, when nothing was left unprocessed
     */
    public BatchGetItem retryOf(BatchGetItemResponse response) {
        BatchGetItem retry = new BatchGetItem();
        retry.returnConsumedCapacity = returnConsumedCapacity;
        response.unprocessedKeys().forEach((tableName, unprocessed) -> {
            TableKeys original = tables.all().get(tableName);
            retry.tables.select(tableName).takeUnprocessed(unprocessed, original == null ? new TableKeys() : original);
        });
        return retry;
    }

    @Override
    protected void validate() {
        Require.present(tables.all(), "BatchGetItem", "RequestItems", ".table(name).keys(key...)");
        tables.all().forEach((tableName, table) -> Require.present(table.keys, "BatchGetItem",
                "Keys for table " + tableName, ".table(\"" + tableName + "\").keys(key...)"));
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        generator.writeName(Members.REQUEST_ITEMS);
        generator.writeStartObject();
        tables.all().forEach((tableName, table) -> {
            generator.writeName(tableName);
            table.write(generator, "RequestItems." + tableName);
        });
        generator.writeEndObject();
        JsonWrites.constant(generator, Members.RETURN_CONSUMED_CAPACITY, returnConsumedCapacity);
        generator.writeEndObject();
    }

    @Override
    protected BatchGetItemResponse readResponse(JsonParser parser) {
        return BatchGetItemResponse.read(parser);
    }

    /** What is requested of one table: the request side of {@link KeysAndAttributes}. */
    private static final class TableKeys {
        final List<Map<String, Object>> keys = new ArrayList<>();
        List<String> attributesToGet;
        Boolean consistentRead;
        String projectionExpression;
        ProjectionExpression projection;
        final Map<String, String> expressionAttributeNames = new LinkedHashMap<>();

        List<String> attributesToGet() {
            if (attributesToGet == null) {
                attributesToGet = new ArrayList<>();
            }
            return attributesToGet;
        }

        void takeUnprocessed(KeysAndAttributes unprocessed, TableKeys original) {
            keys.addAll(unprocessed.keys());
            if (!unprocessed.attributesToGet().isEmpty()) {
                attributesToGet = new ArrayList<>(unprocessed.attributesToGet());
            } else if (original.attributesToGet != null) {
                attributesToGet = new ArrayList<>(original.attributesToGet);
            }
            consistentRead = unprocessed.consistentRead() != null
                    ? unprocessed.consistentRead() : original.consistentRead;
            projectionExpression = unprocessed.projectionExpression() != null
                    ? unprocessed.projectionExpression() : original.projectionExpression;
            // DynamoDB echoes the projection as sent, rendered with its names; a builder is rendered again, with
            // the names set by hand, only when the echo lacks it
            projection = unprocessed.projectionExpression() != null ? null : original.projection;
            expressionAttributeNames.putAll(unprocessed.expressionAttributeNames().isEmpty() || projection != null
                    ? original.expressionAttributeNames : unprocessed.expressionAttributeNames());
        }

        void write(JsonGenerator generator, String path) {
            Placeholders placeholders = Placeholders.of("BatchGetItem", expressionAttributeNames, Map.of());
            generator.writeStartObject();
            generator.writeName(Members.KEYS);
            generator.writeStartArray();
            for (int i = 0; i < keys.size(); i++) {
                AttributeValues.writeItem(generator, keys.get(i), path + ".Keys[" + i + "]");
            }
            generator.writeEndArray();
            JsonWrites.strings(generator, Members.ATTRIBUTES_TO_GET, attributesToGet);
            JsonWrites.bool(generator, Members.CONSISTENT_READ, consistentRead);
            JsonWrites.string(generator, Members.PROJECTION_EXPRESSION, placeholders.render(projectionExpression,
                    projection, "ProjectionExpression"));
            JsonWrites.stringMap(generator, Members.EXPRESSION_ATTRIBUTE_NAMES, placeholders.names());
            generator.writeEndObject();
        }
    }
}
