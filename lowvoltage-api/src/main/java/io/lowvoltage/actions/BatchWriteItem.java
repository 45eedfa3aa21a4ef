package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Puts and deletes items in one or more tables: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html">BatchWriteItem</a>.
 *
 * <pre>{@code
 * BatchWriteItemResponse response = connection.request(new BatchWriteItem()
 *         .table("T1").put(item1, item2).delete(key1)
 *         .table("T2").put(List.of(item3)));
 * }</pre>
 *
 * <p>{@link #table(String)} names a table; the puts and deletes that follow go to it, until the next
 * {@code table(...)}. Naming a table again makes it the one they go to again. Tables and requests are sent in
 * the order given.
 *
 * <p>Mandatory: at least one table, and at least one put or delete per table. The limits of DynamoDB (25
 * requests, one request per item) are left to DynamoDB to enforce, so that compounds can split large batches.
 * DynamoDB may leave requests unprocessed: {@link #retryOf(BatchWriteItemResponse)} makes the request that
 * resubmits them. Not thread-safe: a builder.
 */
public final class BatchWriteItem extends Action<BatchWriteItemResponse> {
    private final BatchTables<List<WriteRequest>> tables = new BatchTables<>("BatchWriteItem", ArrayList::new);
    private ReturnConsumedCapacity returnConsumedCapacity;
    private ReturnItemCollectionMetrics returnItemCollectionMetrics;

    /** An empty BatchWriteItem: name a table with {@link #table(String)}, then add its puts and deletes. */
    public BatchWriteItem() {
    }

    @Override
    protected String operation() {
        return "BatchWriteItem";
    }

    /**
     * Names the table that the puts and deletes added next go to (a key of API member {@code RequestItems}).
     * A table named for the first time is added after those already named.
     *
     * @param tableName the table's name or ARN
     * @return this action
     */
    public BatchWriteItem table(String tableName) {
        tables.select(tableName);
        return this;
    }

    /**
     * Adds puts of whole items to the current table (API member {@code PutRequest} of {@code RequestItems}).
     *
     * @param items the items, primary key included; values follow the attribute value mapping of
     *              {@link io.lowvoltage.Item}
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when no table was named yet
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, by BatchTables.elements
    public final BatchWriteItem put(Map<String, ?>... items) {
        return add("put", BatchTables.elements("items", items).map(BatchWriteItem::put));
    }

    /**
     * @param items items to put in the current table, after the requests already added
     * @return this action
     * @see #put(Map...)
     */
    public BatchWriteItem put(Iterable<? extends Map<String, ?>> items) {
        return add("put", BatchTables.elements("items", items).map(BatchWriteItem::put));
    }

    /**
     * @param items items to put in the current table, after the requests already added; the stream is consumed
     * @return this action
     * @see #put(Map...)
     */
    public BatchWriteItem put(Stream<? extends Map<String, ?>> items) {
        return add("put", Objects.requireNonNull(items, "items").map(BatchWriteItem::put));
    }

    /**
     * Adds deletes by primary key to the current table (API member {@code DeleteRequest} of
     * {@code RequestItems}).
     *
     * @param keys the primary keys of the items to delete
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when no table was named yet
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, by BatchTables.elements
    public final BatchWriteItem delete(Map<String, ?>... keys) {
        return add("delete", BatchTables.elements("keys", keys).map(BatchWriteItem::delete));
    }

    /**
     * @param keys primary keys of items to delete from the current table, after the requests already added
     * @return this action
     * @see #delete(Map...)
     */
    public BatchWriteItem delete(Iterable<? extends Map<String, ?>> keys) {
        return add("delete", BatchTables.elements("keys", keys).map(BatchWriteItem::delete));
    }

    /**
     * @param keys primary keys of items to delete from the current table, after the requests already added; the
     *             stream is consumed
     * @return this action
     * @see #delete(Map...)
     */
    public BatchWriteItem delete(Stream<? extends Map<String, ?>> keys) {
        return add("delete", Objects.requireNonNull(keys, "keys").map(BatchWriteItem::delete));
    }

    /**
     * Adds puts and deletes made with {@link WriteRequest#put(Map)} and {@link WriteRequest#delete(Map)} to the
     * current table (API member {@code RequestItems}).
     *
     * @param requests the requests
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when no table was named yet
     */
    public BatchWriteItem writeRequests(WriteRequest... requests) {
        return add("writeRequests", BatchTables.elements("requests", requests));
    }

    /**
     * @param requests requests for the current table, after those already added
     * @return this action
     * @see #writeRequests(WriteRequest...)
     */
    public BatchWriteItem writeRequests(Iterable<WriteRequest> requests) {
        return add("writeRequests", BatchTables.elements("requests", requests));
    }

    /**
     * @param requests requests for the current table, after those already added; the stream is consumed
     * @return this action
     * @see #writeRequests(WriteRequest...)
     */
    public BatchWriteItem writeRequests(Stream<WriteRequest> requests) {
        return add("writeRequests", Objects.requireNonNull(requests, "requests"));
    }

    private static WriteRequest put(Map<String, ?> item) {
        return WriteRequest.put(Objects.requireNonNull(item, "items must not hold null"));
    }

    private static WriteRequest delete(Map<String, ?> key) {
        return WriteRequest.delete(Objects.requireNonNull(key, "keys must not hold null"));
    }

    private BatchWriteItem add(String setter, Stream<WriteRequest> requests) {
        List<WriteRequest> target = tables.active(setter);
        requests.forEachOrdered(request -> target.add(Objects.requireNonNull(request, "requests must not hold null")));
        return this;
    }

    /**
     * @param returnConsumedCapacity how much consumed capacity to report (API member
     *                               {@code ReturnConsumedCapacity}), for all tables
     * @return this action
     */
    public BatchWriteItem returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
        this.returnConsumedCapacity = Objects.requireNonNull(returnConsumedCapacity, "returnConsumedCapacity");
        return this;
    }

    /** @return this action, reporting the total consumed capacity of each table */
    public BatchWriteItem returnConsumedCapacityTotal() {
        return returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
    }

    /** @return this action, reporting the consumed capacity of each table and each index */
    public BatchWriteItem returnConsumedCapacityIndexes() {
        return returnConsumedCapacity(ReturnConsumedCapacity.INDEXES);
    }

    /** @return this action, reporting no consumed capacity (the default) */
    public BatchWriteItem returnConsumedCapacityNone() {
        return returnConsumedCapacity(ReturnConsumedCapacity.NONE);
    }

    /**
     * @param returnItemCollectionMetrics whether to report the size of the item collections written (API member
     *                                    {@code ReturnItemCollectionMetrics})
     * @return this action
     */
    public BatchWriteItem returnItemCollectionMetrics(ReturnItemCollectionMetrics returnItemCollectionMetrics) {
        this.returnItemCollectionMetrics =
                Objects.requireNonNull(returnItemCollectionMetrics, "returnItemCollectionMetrics");
        return this;
    }

    /** @return this action, reporting the size of the item collections written */
    public BatchWriteItem returnItemCollectionMetricsSize() {
        return returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE);
    }

    /** @return this action, reporting no item collection metrics (the default) */
    public BatchWriteItem returnItemCollectionMetricsNone() {
        return returnItemCollectionMetrics(ReturnItemCollectionMetrics.NONE);
    }

    /**
     * Makes the request that resubmits what a response of this action left unprocessed: exactly the
     * {@link BatchWriteItemResponse#unprocessedItems() unprocessed items}, table by table, with this action's
     * {@code ReturnConsumedCapacity} and {@code ReturnItemCollectionMetrics}. This action is left unchanged.
     *
     * <pre>{@code
     * BatchWriteItemResponse response = connection.request(batch);
     * while (response.hasUnprocessedItems()) {
     *     // back off first
     *     response = connection.request(batch.retryOf(response));
     * }
     * }</pre>
     *
     * @param response a response to this action
     * @return a new action; one with no table, which fails validation, when nothing was left unprocessed
     */
    public BatchWriteItem retryOf(BatchWriteItemResponse response) {
        BatchWriteItem retry = new BatchWriteItem();
        retry.returnConsumedCapacity = returnConsumedCapacity;
        retry.returnItemCollectionMetrics = returnItemCollectionMetrics;
        response.unprocessedItems().forEach((tableName, requests) -> retry.tables.select(tableName).addAll(requests));
        return retry;
    }

    @Override
    protected void validate() {
        Require.present(tables.all(), "BatchWriteItem", "RequestItems", ".table(name).put(item...) or .delete(key...)");
        tables.all().forEach((tableName, requests) -> Require.present(requests, "BatchWriteItem",
                "a put or delete for table " + tableName,
                ".table(\"" + tableName + "\").put(item...) or .delete(key...)"));
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        generator.writeName(Members.REQUEST_ITEMS);
        generator.writeStartObject();
        tables.all().forEach((tableName, requests) -> {
            generator.writeName(tableName);
            generator.writeStartArray();
            for (int i = 0; i < requests.size(); i++) {
                requests.get(i).write(generator, "RequestItems." + tableName + "[" + i + "]");
            }
            generator.writeEndArray();
        });
        generator.writeEndObject();
        JsonWrites.constant(generator, Members.RETURN_CONSUMED_CAPACITY, returnConsumedCapacity);
        JsonWrites.constant(generator, Members.RETURN_ITEM_COLLECTION_METRICS, returnItemCollectionMetrics);
        generator.writeEndObject();
    }

    @Override
    protected BatchWriteItemResponse readResponse(JsonParser parser) {
        return BatchWriteItemResponse.read(parser);
    }
}
