package io.lowvoltage.compounds;

import io.lowvoltage.Connection;
import io.lowvoltage.Item;
import io.lowvoltage.actions.BatchGetItemResponse;
import io.lowvoltage.actions.DescribeTable;
import io.lowvoltage.actions.ListTables;
import io.lowvoltage.actions.ListTablesResponse;
import io.lowvoltage.actions.Query;
import io.lowvoltage.actions.QueryResponse;
import io.lowvoltage.actions.Scan;
import io.lowvoltage.actions.ScanResponse;
import io.lowvoltage.actions.TableDescription;
import io.lowvoltage.actions.WriteRequest;
import io.lowvoltage.retry.RetryPolicies;
import io.lowvoltage.retry.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

/**
 * Compounds: static functions that complete actions in their simplest uses, each taking the {@link Connection}
 * to send with. They paginate ({@code iterate*}, {@link #parallelScan}), chunk batches to DynamoDB's limits and
 * resubmit what it leaves unprocessed ({@code batch*}), and wait for tables ({@code waitFor*}).
 *
 * <pre>{@code
 * Compounds.batchPutItem(connection, "T", items);                       // any number, any size up to 400 KB
 * for (Item item : Compounds.iterateQuery(connection, query)) { ... }   // every page, lazily
 * Compounds.waitForTableActivation(connection, "T");
 * }</pre>
 *
 * <p><b>Nothing is lost.</b> A batch write either writes every request or throws
 * {@link UnprocessedItemsException} carrying exactly those not confirmed written; a batch read throws
 * {@link UnprocessedKeysException} carrying exactly the keys not read.
 *
 * <p><b>Retry policy of batches.</b> Unprocessed items and keys are resubmitted after the delays of a
 * {@link RetryPolicy}: each round that leaves some unprocessed counts as one retryable error, and when the policy
 * gives up, the exception above is thrown. A {@code Connection} does not expose its policy, so the overloads
 * without one use {@link RetryPolicies#DEFAULT} (8 retries, full-jitter exponential backoff from 50 ms); pass
 * your own to the overloads that take one. Errors of a whole call (throttling, 5xx) are retried by the
 * connection's own policy first.
 *
 * <p><b>Actions are taken over.</b> A compound given an action (a {@link Query}, a {@link Scan}...) owns it:
 * actions have no copy method, so it sets the start of each page on that very object. Do not use the action
 * elsewhere while the compound runs.
 *
 * <p>Transactions compounds are not here yet: TransactWriteItems is being written as an action first. All
 * functions are thread-safe as far as the connection is; the objects they return are meant for one thread.
 */
public final class Compounds {
    /** How long a waiter waits by default: 25 polls 20 s apart, like the AWS waiters' {@code maxAttempts}. */
    public static final Duration DEFAULT_WAIT_TIMEOUT = Duration.ofSeconds(500);
    /**
     * How often a waiter polls by default. Shorter than the AWS waiters' 20 s: a table usually becomes active
     * within seconds, and DescribeTable is cheap.
     */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);

    private Compounds() {
    }

    // ---- Batch writes

    /**
     * Puts any number of items in a table, in BatchWriteItem calls of at most 25 items and 16 MB, resubmitting
     * unprocessed items with the backoff of {@link RetryPolicies#DEFAULT}. Calls are sent one after another, in
     * the order of the items.
     *
     * <p>Every item is checked before anything is sent: an item over 400 KB (estimated as DynamoDB counts sizes,
     * rounding up), a value with no DynamoDB form, or the same item twice fails with
     * {@link io.lowvoltage.exceptions.BuilderException}. Two different items with the same key cannot be told
     * apart without the table's key schema: in one call DynamoDB rejects them (the call fails, see below); in
     * two calls the later one wins.
     *
     * @param connection where to write
     * @param table      the table's name
     * @param items      the items, primary key included
     * @throws io.lowvoltage.exceptions.BuilderException before anything is sent, naming the item
     * @throws UnprocessedItemsException with every put not confirmed written, when DynamoDB kept leaving some
     *     unprocessed or a call failed; the cause is the call's exception, if any
     */
    @SafeVarargs
    public static void batchPutItem(Connection connection, String table, Map<String, ?>... items) {
        batchPutItem(connection, table, List.of(Objects.requireNonNull(items, "items")), RetryPolicies.DEFAULT);
    }

    /**
     * @param connection where to write
     * @param table      the table's name
     * @param items      the items, primary key included; read once, before anything is sent
     * @see #batchPutItem(Connection, String, Map...)
     */
    public static void batchPutItem(Connection connection, String table, Iterable<? extends Map<String, ?>> items) {
        batchPutItem(connection, table, items, RetryPolicies.DEFAULT);
    }

    /**
     * @param connection where to write
     * @param table      the table's name
     * @param items      the items, primary key included; consumed, before anything is sent
     * @see #batchPutItem(Connection, String, Map...)
     */
    public static void batchPutItem(Connection connection, String table, Stream<? extends Map<String, ?>> items) {
        batchPutItem(connection, table, Objects.requireNonNull(items, "items").toList(), RetryPolicies.DEFAULT);
    }

    /**
     * @param connection  where to write
     * @param table       the table's name
     * @param items       the items, primary key included; read once, before anything is sent
     * @param retryPolicy the delays between resubmissions of unprocessed items, and when to give up
     * @see #batchPutItem(Connection, String, Map...)
     */
    public static void batchPutItem(Connection connection, String table, Iterable<? extends Map<String, ?>> items,
            RetryPolicy retryPolicy) {
        List<WriteRequest> requests = new ArrayList<>();
        for (Map<String, ?> item : Objects.requireNonNull(items, "items")) {
            requests.add(WriteRequest.put(Objects.requireNonNull(item, "items must not hold null")));
        }
        BatchWriter.write(connection, table, requests, retryPolicy);
    }

    /**
     * Deletes any number of items from a table by primary key, in BatchWriteItem calls of at most 25 keys,
     * resubmitting unprocessed deletes with the backoff of {@link RetryPolicies#DEFAULT}. The same key twice is
     * rejected with {@link io.lowvoltage.exceptions.BuilderException} before anything is sent (numbers compare
     * by value, so {@code 1} and {@code 1.0} are the same key).
     *
     * @param connection where to delete
     * @param table      the table's name
     * @param keys       the primary keys
     * @throws io.lowvoltage.exceptions.BuilderException before anything is sent, naming the key
     * @throws UnprocessedItemsException with every delete not confirmed done
     */
    @SafeVarargs
    public static void batchDeleteItem(Connection connection, String table, Map<String, ?>... keys) {
        batchDeleteItem(connection, table, List.of(Objects.requireNonNull(keys, "keys")), RetryPolicies.DEFAULT);
    }

    /**
     * @param connection where to delete
     * @param table      the table's name
     * @param keys       the primary keys; read once, before anything is sent
     * @see #batchDeleteItem(Connection, String, Map...)
     */
    public static void batchDeleteItem(Connection connection, String table, Iterable<? extends Map<String, ?>> keys) {
        batchDeleteItem(connection, table, keys, RetryPolicies.DEFAULT);
    }

    /**
     * @param connection where to delete
     * @param table      the table's name
     * @param keys       the primary keys; consumed, before anything is sent
     * @see #batchDeleteItem(Connection, String, Map...)
     */
    public static void batchDeleteItem(Connection connection, String table, Stream<? extends Map<String, ?>> keys) {
        batchDeleteItem(connection, table, Objects.requireNonNull(keys, "keys").toList(), RetryPolicies.DEFAULT);
    }

    /**
     * @param connection  where to delete
     * @param table       the table's name
     * @param keys        the primary keys; read once, before anything is sent
     * @param retryPolicy the delays between resubmissions of unprocessed deletes, and when to give up
     * @see #batchDeleteItem(Connection, String, Map...)
     */
    public static void batchDeleteItem(Connection connection, String table, Iterable<? extends Map<String, ?>> keys,
            RetryPolicy retryPolicy) {
        List<WriteRequest> requests = new ArrayList<>();
        for (Map<String, ?> key : Objects.requireNonNull(keys, "keys")) {
            requests.add(WriteRequest.delete(Objects.requireNonNull(key, "keys must not hold null")));
        }
        BatchWriter.write(connection, table, requests, retryPolicy);
    }

    /**
     * Sends any mix of puts and deletes to a table, as {@link #batchPutItem(Connection, String, Map...)} does:
     * for instance the {@link UnprocessedItemsException#unprocessedItems()} of an earlier call.
     *
     * @param connection  where to write
     * @param table       the table's name
     * @param requests    the puts and deletes; read once, before anything is sent
     * @param retryPolicy the delays between resubmissions of unprocessed requests, and when to give up
     * @throws io.lowvoltage.exceptions.BuilderException before anything is sent, naming the request
     * @throws UnprocessedItemsException with every request not confirmed done
     */
    public static void batchWriteItem(Connection connection, String table, Iterable<WriteRequest> requests,
            RetryPolicy retryPolicy) {
        List<WriteRequest> list = new ArrayList<>();
        for (WriteRequest request : Objects.requireNonNull(requests, "requests")) {
            list.add(Objects.requireNonNull(request, "requests must not hold null"));
        }
        BatchWriter.write(connection, table, list, retryPolicy);
    }

    // ---- Batch reads

    /**
     * Reads the items of any number of keys of a table, lazily: BatchGetItem calls of at most 100 keys, sent
     * when the iteration needs them, resubmitting unprocessed keys with the backoff of
     * {@link RetryPolicies#DEFAULT}. Items come in no particular order, and a key with no item yields nothing.
     * The same key twice is rejected with {@link io.lowvoltage.exceptions.BuilderException} at once.
     *
     * <p>The pages of the returned paginator are the BatchGetItem responses. When retries run out or a call
     * fails, the iteration throws {@link UnprocessedKeysException} carrying every key not read.
     *
     * @param connection where to read
     * @param table      the table's name
     * @param keys       the primary keys
     * @return the items, read as the iteration goes
     */
    @SafeVarargs
    public static Paginator<BatchGetItemResponse, Item> iterateBatchGetItem(Connection connection, String table,
            Map<String, ?>... keys) {
        return iterateBatchGetItem(connection, table, List.of(Objects.requireNonNull(keys, "keys")),
                RetryPolicies.DEFAULT);
    }

    /**
     * @param connection where to read
     * @param table      the table's name
     * @param keys       the primary keys; read at once
     * @return the items, read as the iteration goes
     * @see #iterateBatchGetItem(Connection, String, Map...)
     */
    public static Paginator<BatchGetItemResponse, Item> iterateBatchGetItem(Connection connection, String table,
            Iterable<? extends Map<String, ?>> keys) {
        return iterateBatchGetItem(connection, table, keys, RetryPolicies.DEFAULT);
    }

    /**
     * @param connection where to read
     * @param table      the table's name
     * @param keys       the primary keys; consumed at once
     * @return the items, read as the iteration goes
     * @see #iterateBatchGetItem(Connection, String, Map...)
     */
    public static Paginator<BatchGetItemResponse, Item> iterateBatchGetItem(Connection connection, String table,
            Stream<? extends Map<String, ?>> keys) {
        return iterateBatchGetItem(connection, table, Objects.requireNonNull(keys, "keys").toList(),
                RetryPolicies.DEFAULT);
    }

    /**
     * @param connection  where to read
     * @param table       the table's name
     * @param keys        the primary keys; read at once
     * @param retryPolicy the delays between resubmissions of unprocessed keys, and when to give up
     * @return the items, read as the iteration goes
     * @see #iterateBatchGetItem(Connection, String, Map...)
     */
    public static Paginator<BatchGetItemResponse, Item> iterateBatchGetItem(Connection connection, String table,
            Iterable<? extends Map<String, ?>> keys, RetryPolicy retryPolicy) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Map<String, ?> key : Objects.requireNonNull(keys, "keys")) {
            list.add(Map.copyOf(Objects.requireNonNull(key, "keys must not hold null")));
        }
        return BatchReader.read(connection, table, list, retryPolicy);
    }

    // ---- Pagination

    /**
     * Every page of a Query, lazily. {@link Paginator#pageSize(int)} and {@link Paginator#maxItems(long)} set its
     * {@code Limit}.
     *
     * @param connection where to send it
     * @param query      the query; the paginator owns it and sets its {@code ExclusiveStartKey} and
     *                   {@code Limit}
     * @return the items of every page, or the pages with {@link Paginator#pages()}; nothing sent yet
     */
    public static Paginator<QueryResponse, Item> iterateQuery(Connection connection, Query query) {
        return Paginator.of(connection, query, page -> page.hasMorePages()
                        ? Optional.of(query.exclusiveStartKey(page.lastEvaluatedKey())) : Optional.empty(),
                QueryResponse::items, Query::limit, Integer.MAX_VALUE);
    }

    /**
     * Every page of a Scan, lazily, one segment after another if the Scan names one; see
     * {@link #parallelScan} to read segments at once.
     *
     * @param connection where to send it
     * @param scan       the scan; the paginator owns it and sets its {@code ExclusiveStartKey} and {@code Limit}
     * @return the items of every page, or the pages with {@link Paginator#pages()}; nothing sent yet
     */
    public static Paginator<ScanResponse, Item> iterateScan(Connection connection, Scan scan) {
        return Paginator.of(connection, scan, page -> page.hasMorePages()
                        ? Optional.of(scan.exclusiveStartKey(page.lastEvaluatedKey())) : Optional.empty(),
                ScanResponse::items, Scan::limit, Integer.MAX_VALUE);
    }

    /**
     * @param connection where to send it
     * @return the names of every table of the account and region, lazily
     */
    public static Paginator<ListTablesResponse, String> iterateListTables(Connection connection) {
        return iterateListTables(connection, new ListTables());
    }

    /**
     * @param connection where to send it
     * @param listTables the request; the paginator owns it and sets its {@code ExclusiveStartTableName} and
     *                   {@code Limit} (100 at most)
     * @return the table names of every page, lazily
     */
    public static Paginator<ListTablesResponse, String> iterateListTables(Connection connection,
            ListTables listTables) {
        return Paginator.of(connection, listTables, page -> page.hasMorePages()
                        ? Optional.of(listTables.exclusiveStartTableName(page.lastEvaluatedTableName()))
                        : Optional.empty(),
                ListTablesResponse::tableNames, ListTables::limit, 100);
    }

    /**
     * Scans a table in {@code totalSegments} segments at once, one thread per segment, streaming the items as
     * they come. See {@link ParallelScan} for memory, failures and closing.
     *
     * @param connection    where to send it
     * @param scan          the scan; the parallel scan owns it and sets its segment and start key
     * @param totalSegments from 1 to 1000000
     * @return the items, in no particular order; close it to stop early
     */
    public static ParallelScan parallelScan(Connection connection, Scan scan, int totalSegments) {
        return new ParallelScan(connection, scan, totalSegments, ParallelScan.threadPerSegment());
    }

    /**
     * @param connection    where to send it
     * @param scan          the scan; the parallel scan owns it and sets its segment and start key
     * @param totalSegments from 1 to 1000000
     * @param executor      runs one task per segment, each for the whole segment: give it as many threads as
     *                      segments for them all to run at once
     * @return the items, in no particular order; close it to stop early
     * @see #parallelScan(Connection, Scan, int)
     */
    public static ParallelScan parallelScan(Connection connection, Scan scan, int totalSegments, Executor executor) {
        return new ParallelScan(connection, scan, totalSegments, executor);
    }

    // ---- Waiters

    /**
     * Waits until a table exists and is {@code ACTIVE} (the {@code TableExists} waiter), polling every
     * {@link #DEFAULT_POLL_INTERVAL} for at most {@link #DEFAULT_WAIT_TIMEOUT}.
     *
     * @param connection where the table is
     * @param table      the table's name
     * @return the active table's description
     * @throws WaiterException after the timeout
     */
    public static TableDescription waitForTableActivation(Connection connection, String table) {
        return waitForTableActivation(connection, table, DEFAULT_WAIT_TIMEOUT, DEFAULT_POLL_INTERVAL);
    }

    /**
     * @param connection   where the table is
     * @param table        the table's name
     * @param timeout      how long to wait at most
     * @param pollInterval how long between two DescribeTable calls
     * @return the active table's description
     * @throws WaiterException after the timeout
     * @see #waitForTableActivation(Connection, String)
     */
    public static TableDescription waitForTableActivation(Connection connection, String table, Duration timeout,
            Duration pollInterval) {
        return Waiters.TABLE_EXISTS.await(connection, new DescribeTable(table), timeout, pollInterval)
                .orElseThrow().table();
    }

    /**
     * Waits until a table no longer exists (the {@code TableNotExists} waiter), polling every
     * {@link #DEFAULT_POLL_INTERVAL} for at most {@link #DEFAULT_WAIT_TIMEOUT}.
     *
     * @param connection where the table was
     * @param table      the table's name
     * @throws WaiterException after the timeout
     */
    public static void waitForTableDeletion(Connection connection, String table) {
        waitForTableDeletion(connection, table, DEFAULT_WAIT_TIMEOUT, DEFAULT_POLL_INTERVAL);
    }

    /**
     * @param connection   where the table was
     * @param table        the table's name
     * @param timeout      how long to wait at most
     * @param pollInterval how long between two DescribeTable calls
     * @throws WaiterException after the timeout
     * @see #waitForTableDeletion(Connection, String)
     */
    public static void waitForTableDeletion(Connection connection, String table, Duration timeout,
            Duration pollInterval) {
        Waiters.TABLE_NOT_EXISTS.await(connection, new DescribeTable(table), timeout, pollInterval);
    }
}
