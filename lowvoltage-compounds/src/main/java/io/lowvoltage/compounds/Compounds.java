package io.lowvoltage.compounds;

import io.lowvoltage.Connection;
import io.lowvoltage.Item;
import io.lowvoltage.actions.BackupSummary;
import io.lowvoltage.actions.BatchGetItemResponse;
import io.lowvoltage.actions.ContributorInsightsSummary;
import io.lowvoltage.actions.DescribeContributorInsights;
import io.lowvoltage.actions.DescribeContributorInsightsResponse;
import io.lowvoltage.actions.DescribeExport;
import io.lowvoltage.actions.DescribeImport;
import io.lowvoltage.actions.DescribeKinesisStreamingDestination;
import io.lowvoltage.actions.DescribeStream;
import io.lowvoltage.actions.DescribeStreamResponse;
import io.lowvoltage.actions.DescribeTable;
import io.lowvoltage.actions.ExecuteStatement;
import io.lowvoltage.actions.ExecuteStatementResponse;
import io.lowvoltage.actions.ExportDescription;
import io.lowvoltage.actions.ExportSummary;
import io.lowvoltage.actions.GetRecords;
import io.lowvoltage.actions.GetRecordsResponse;
import io.lowvoltage.actions.GlobalTable;
import io.lowvoltage.actions.ImportSummary;
import io.lowvoltage.actions.ImportTableDescription;
import io.lowvoltage.actions.KinesisDataStreamDestination;
import io.lowvoltage.actions.ListBackups;
import io.lowvoltage.actions.ListBackupsResponse;
import io.lowvoltage.actions.ListContributorInsights;
import io.lowvoltage.actions.ListContributorInsightsResponse;
import io.lowvoltage.actions.ListExports;
import io.lowvoltage.actions.ListExportsResponse;
import io.lowvoltage.actions.ListGlobalTables;
import io.lowvoltage.actions.ListGlobalTablesResponse;
import io.lowvoltage.actions.ListImports;
import io.lowvoltage.actions.ListImportsResponse;
import io.lowvoltage.actions.ListStreams;
import io.lowvoltage.actions.ListStreamsResponse;
import io.lowvoltage.actions.ListTables;
import io.lowvoltage.actions.ListTablesResponse;
import io.lowvoltage.actions.ListTagsOfResource;
import io.lowvoltage.actions.ListTagsOfResourceResponse;
import io.lowvoltage.actions.Query;
import io.lowvoltage.actions.QueryResponse;
import io.lowvoltage.actions.Scan;
import io.lowvoltage.actions.ScanResponse;
import io.lowvoltage.actions.Shard;
import io.lowvoltage.actions.StreamSummary;
import io.lowvoltage.actions.StreamsRecord;
import io.lowvoltage.actions.TableDescription;
import io.lowvoltage.actions.Tag;
import io.lowvoltage.actions.WriteRequest;
import io.lowvoltage.retry.ExponentialBackoffRetryPolicy;
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
 * to send with. They paginate ({@code iterate*} for every paginated operation of DynamoDB and DynamoDB Streams,
 * {@link #parallelScan}), chunk batches to DynamoDB's limits and resubmit what it leaves unprocessed
 * ({@code batch*}), and wait for resources to reach a state ({@code waitFor*}, the six waiters of
 * {@link Waiters}).
 *
 * <pre>{@code
 * Compounds.batchPutItem(connection, "T", items);                       // any number, any size up to 400 KB
 * for (Item item : Compounds.iterateQuery(connection, query)) { ... }   // every page, lazily
 * for (BackupSummary backup : Compounds.iterateListBackups(connection)) { ... }
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
 * without one use {@link #DEFAULT_BATCH_RETRY_POLICY} (8 retries, full-jitter exponential backoff from 50 ms);
 * pass your own to the overloads that take one. Errors of a whole call (throttling, 5xx, a dropped connection)
 * are retried by the connection's own policy first.
 *
 * <p><b>Actions are taken over.</b> A compound given an action (a {@link Query}, a {@link Scan}...) owns it:
 * actions have no copy method, so it sets the start of each page on that very object. Do not use the action
 * elsewhere while the compound runs.
 *
 * <p><b>No transaction compounds, on purpose.</b> TransactWriteItems and TransactGetItems are complete as
 * actions, and each candidate compound would do harm or nothing:
 * <ul>
 *   <li>a {@code transactWrite(connection, writes)} that splits more than 100 writes into several transactions
 *       would silently give up the all-or-nothing that is the reason to use a transaction; a
 *       {@code transactGet} split the same way would mix snapshots;</li>
 *   <li>retrying is already done right by the action and the connection: TransactWriteItems sends a
 *       {@code ClientRequestToken} (random when unset) in the bytes that every retry resends, so a retry after
 *       a dropped connection is not applied twice, and the retry policy treats a transaction cancelled for
 *       throttling or a conflict in progress as retryable;</li>
 *   <li>an optimistic "read, decide, write with conditions, start again on conflict" loop needs the caller's
 *       decision in the middle, and how often to start again is the caller's policy: a loop around two
 *       actions reads better in the caller's code than a compound taking three lambdas.</li>
 * </ul>
 *
 * <p>All functions are thread-safe as far as the connection is; the objects they return are meant for one
 * thread.
 */
public final class Compounds {
    /** How long a waiter waits by default: 25 polls 20 s apart, like the AWS waiters' {@code maxAttempts}. */
    public static final Duration DEFAULT_WAIT_TIMEOUT = Duration.ofSeconds(500);
    /**
     * How often a waiter polls by default. Shorter than the AWS waiters' 20 s: a table usually becomes active
     * within seconds, and DescribeTable is cheap.
     */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);
    /**
     * How long the export and import waiters wait by default: 60 polls 20 s apart, the AWS waiters'
     * {@code maxAttempts} and {@code delay}.
     */
    public static final Duration LONG_WAIT_TIMEOUT = Duration.ofMinutes(20);
    /** How often the export and import waiters poll by default: the AWS waiters' {@code delay}. */
    public static final Duration LONG_POLL_INTERVAL = Duration.ofSeconds(20);

    /**
     * How batches resubmit unprocessed items and keys by default: up to 8 retries with full-jitter exponential
     * backoff from 50 ms, doubling, the DynamoDB Developer Guide's advice, giving up after about 13 seconds at
     * worst. Not {@link RetryPolicies#DEFAULT}: that {@link io.lowvoltage.retry.StandardRetryPolicy} allows 4
     * attempts and has a retry quota shared by all its users, which rounds of unprocessed items (never
     * refunded, as they are not calls that succeed) would drain for the whole JVM. This policy is stateless.
     */
    public static final RetryPolicy DEFAULT_BATCH_RETRY_POLICY =
            new ExponentialBackoffRetryPolicy(Duration.ofMillis(50), 2, 8).withJitter();

    private Compounds() {
    }

    // ---- Batch writes

    /**
     * Puts any number of items in a table, in BatchWriteItem calls of at most 25 items and 16 MB, resubmitting
     * unprocessed items with the backoff of {@link #DEFAULT_BATCH_RETRY_POLICY}. Calls are sent one after another, in
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
        batchPutItem(connection, table, List.of(Objects.requireNonNull(items, "items")), DEFAULT_BATCH_RETRY_POLICY);
    }

    /**
     * @param connection where to write
     * @param table      the table's name
     * @param items      the items, primary key included; read once, before anything is sent
     * @see #batchPutItem(Connection, String, Map...)
     */
    public static void batchPutItem(Connection connection, String table, Iterable<? extends Map<String, ?>> items) {
        batchPutItem(connection, table, items, DEFAULT_BATCH_RETRY_POLICY);
    }

    /**
     * @param connection where to write
     * @param table      the table's name
     * @param items      the items, primary key included; consumed, before anything is sent
     * @see #batchPutItem(Connection, String, Map...)
     */
    public static void batchPutItem(Connection connection, String table, Stream<? extends Map<String, ?>> items) {
        batchPutItem(connection, table, Objects.requireNonNull(items, "items").toList(), DEFAULT_BATCH_RETRY_POLICY);
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
     * resubmitting unprocessed deletes with the backoff of {@link #DEFAULT_BATCH_RETRY_POLICY}. The same key twice is
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
        batchDeleteItem(connection, table, List.of(Objects.requireNonNull(keys, "keys")), DEFAULT_BATCH_RETRY_POLICY);
    }

    /**
     * @param connection where to delete
     * @param table      the table's name
     * @param keys       the primary keys; read once, before anything is sent
     * @see #batchDeleteItem(Connection, String, Map...)
     */
    public static void batchDeleteItem(Connection connection, String table, Iterable<? extends Map<String, ?>> keys) {
        batchDeleteItem(connection, table, keys, DEFAULT_BATCH_RETRY_POLICY);
    }

    /**
     * @param connection where to delete
     * @param table      the table's name
     * @param keys       the primary keys; consumed, before anything is sent
     * @see #batchDeleteItem(Connection, String, Map...)
     */
    public static void batchDeleteItem(Connection connection, String table, Stream<? extends Map<String, ?>> keys) {
        batchDeleteItem(connection, table, Objects.requireNonNull(keys, "keys").toList(), DEFAULT_BATCH_RETRY_POLICY);
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
     * {@link #DEFAULT_BATCH_RETRY_POLICY}. Items come in no particular order, and a key with no item yields nothing.
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
                DEFAULT_BATCH_RETRY_POLICY);
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
        return iterateBatchGetItem(connection, table, keys, DEFAULT_BATCH_RETRY_POLICY);
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
                DEFAULT_BATCH_RETRY_POLICY);
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
     * @param connection where to send it
     * @return the summaries of every backup DynamoDB lists by default (the users' backups of every table), lazily
     */
    public static Paginator<ListBackupsResponse, BackupSummary> iterateListBackups(Connection connection) {
        return iterateListBackups(connection, new ListBackups());
    }

    /**
     * Every page of a ListBackups, lazily.
     *
     * @param connection  where to send it
     * @param listBackups the request; the paginator owns it and sets its {@code ExclusiveStartBackupArn} and
     *                    {@code Limit} (100 at most)
     * @return the backup summaries of every page; nothing sent yet
     */
    public static Paginator<ListBackupsResponse, BackupSummary> iterateListBackups(Connection connection,
            ListBackups listBackups) {
        return Paginator.of(connection, listBackups, page -> page.hasMorePages()
                        ? Optional.of(listBackups.exclusiveStartBackupArn(page.lastEvaluatedBackupArn()))
                        : Optional.empty(),
                ListBackupsResponse::backupSummaries, ListBackups::limit, 100);
    }

    /**
     * Every tag of a resource, lazily. ListTagsOfResource has no page size member: {@link Paginator#pageSize}
     * throws, and {@link Paginator#maxItems} only stops the requests.
     *
     * @param connection  where to send it
     * @param resourceArn the table's (or index's) ARN
     * @return the tags of every page; nothing sent yet
     */
    public static Paginator<ListTagsOfResourceResponse, Tag> iterateListTagsOfResource(Connection connection,
            String resourceArn) {
        return iterateListTagsOfResource(connection, new ListTagsOfResource(resourceArn));
    }

    /**
     * @param connection         where to send it
     * @param listTagsOfResource the request; the paginator owns it and sets its {@code NextToken}
     * @return the tags of every page; nothing sent yet
     * @see #iterateListTagsOfResource(Connection, String)
     */
    public static Paginator<ListTagsOfResourceResponse, Tag> iterateListTagsOfResource(Connection connection,
            ListTagsOfResource listTagsOfResource) {
        return Paginator.of(connection, listTagsOfResource, page -> page.nextToken() != null
                        ? Optional.of(listTagsOfResource.nextToken(page.nextToken())) : Optional.empty(),
                ListTagsOfResourceResponse::tags);
    }

    /**
     * Every page of a PartiQL statement, lazily, following its {@code NextToken}. A statement that writes
     * answers with one empty page. {@code Limit} counts items evaluated, as for Query and Scan, so a page may
     * hold fewer, or none, and still not be the last.
     *
     * @param connection where to send it
     * @param statement  the statement; the paginator owns it and sets its {@code NextToken} and {@code Limit}
     * @return the items of every page; nothing sent yet
     */
    public static Paginator<ExecuteStatementResponse, Item> iterateExecuteStatement(Connection connection,
            ExecuteStatement statement) {
        return Paginator.of(connection, statement, page -> page.nextToken() != null
                        ? Optional.of(statement.nextToken(page.nextToken())) : Optional.empty(),
                ExecuteStatementResponse::items, ExecuteStatement::limit, Integer.MAX_VALUE);
    }

    /**
     * @param connection where to send it
     * @return the contributor insights summaries of every table and index, lazily
     */
    public static Paginator<ListContributorInsightsResponse, ContributorInsightsSummary>
            iterateListContributorInsights(Connection connection) {
        return iterateListContributorInsights(connection, new ListContributorInsights());
    }

    /**
     * @param connection where to send it
     * @param list       the request; the paginator owns it and sets its {@code NextToken} and
     *                   {@code MaxResults} (100 at most)
     * @return the summaries of every page; nothing sent yet
     */
    public static Paginator<ListContributorInsightsResponse, ContributorInsightsSummary>
            iterateListContributorInsights(Connection connection, ListContributorInsights list) {
        return Paginator.of(connection, list, page -> page.nextToken() != null
                        ? Optional.of(list.nextToken(page.nextToken())) : Optional.empty(),
                ListContributorInsightsResponse::contributorInsightsSummaries, ListContributorInsights::maxResults,
                100);
    }

    /**
     * @param connection where to send it
     * @return the summaries of every export of the account and region, lazily
     */
    public static Paginator<ListExportsResponse, ExportSummary> iterateListExports(Connection connection) {
        return iterateListExports(connection, new ListExports());
    }

    /**
     * @param connection  where to send it
     * @param listExports the request; the paginator owns it and sets its {@code NextToken} and
     *                    {@code MaxResults} (25 at most)
     * @return the export summaries of every page; nothing sent yet
     */
    public static Paginator<ListExportsResponse, ExportSummary> iterateListExports(Connection connection,
            ListExports listExports) {
        return Paginator.of(connection, listExports, page -> page.nextToken() != null
                        ? Optional.of(listExports.nextToken(page.nextToken())) : Optional.empty(),
                ListExportsResponse::exportSummaries, ListExports::maxResults, 25);
    }

    /**
     * @param connection where to send it
     * @return every global table (version 2017.11.29) of the account, lazily
     */
    public static Paginator<ListGlobalTablesResponse, GlobalTable> iterateListGlobalTables(Connection connection) {
        return iterateListGlobalTables(connection, new ListGlobalTables());
    }

    /**
     * @param connection       where to send it
     * @param listGlobalTables the request; the paginator owns it and sets its
     *                         {@code ExclusiveStartGlobalTableName} and {@code Limit} (100 at most here: the
     *                         model sets no maximum, 100 is DynamoDB's default page)
     * @return the global tables of every page; nothing sent yet
     */
    public static Paginator<ListGlobalTablesResponse, GlobalTable> iterateListGlobalTables(Connection connection,
            ListGlobalTables listGlobalTables) {
        return Paginator.of(connection, listGlobalTables, page -> page.hasMorePages()
                        ? Optional.of(listGlobalTables.exclusiveStartGlobalTableName(
                                page.lastEvaluatedGlobalTableName()))
                        : Optional.empty(),
                ListGlobalTablesResponse::globalTables, ListGlobalTables::limit, 100);
    }

    /**
     * @param connection where to send it
     * @return the summaries of every import of the account and region, lazily
     */
    public static Paginator<ListImportsResponse, ImportSummary> iterateListImports(Connection connection) {
        return iterateListImports(connection, new ListImports());
    }

    /**
     * @param connection  where to send it
     * @param listImports the request; the paginator owns it and sets its {@code NextToken} and
     *                    {@code PageSize} (25 at most)
     * @return the import summaries of every page; nothing sent yet
     */
    public static Paginator<ListImportsResponse, ImportSummary> iterateListImports(Connection connection,
            ListImports listImports) {
        return Paginator.of(connection, listImports, page -> page.nextToken() != null
                        ? Optional.of(listImports.nextToken(page.nextToken())) : Optional.empty(),
                ListImportsResponse::importSummaryList, ListImports::pageSize, 25);
    }

    // ---- Pagination of DynamoDB Streams

    /**
     * @param connection where to send it (to its streams endpoint)
     * @return the summaries of every stream of the account and region, lazily
     */
    public static Paginator<ListStreamsResponse, StreamSummary> iterateListStreams(Connection connection) {
        return iterateListStreams(connection, new ListStreams());
    }

    /**
     * @param connection  where to send it (to its streams endpoint)
     * @param listStreams the request; the paginator owns it and sets its {@code ExclusiveStartStreamArn} and
     *                    {@code Limit} (100 at most)
     * @return the stream summaries of every page; nothing sent yet
     */
    public static Paginator<ListStreamsResponse, StreamSummary> iterateListStreams(Connection connection,
            ListStreams listStreams) {
        return Paginator.of(connection, listStreams, page -> page.lastEvaluatedStreamArn() != null
                        ? Optional.of(listStreams.exclusiveStartStreamArn(page.lastEvaluatedStreamArn()))
                        : Optional.empty(),
                ListStreamsResponse::streams, ListStreams::limit, 100);
    }

    /**
     * Every shard of a stream, lazily: DescribeStream pages through the shards with
     * {@code ExclusiveStartShardId}. Each page also carries the stream's description.
     *
     * @param connection where to send it (to its streams endpoint)
     * @param streamArn  the stream's ARN
     * @return the shards of every page; nothing sent yet
     */
    public static Paginator<DescribeStreamResponse, Shard> iterateDescribeStream(Connection connection,
            String streamArn) {
        return iterateDescribeStream(connection, new DescribeStream(streamArn));
    }

    /**
     * @param connection     where to send it (to its streams endpoint)
     * @param describeStream the request; the paginator owns it and sets its {@code ExclusiveStartShardId} and
     *                       {@code Limit} (100 at most)
     * @return the shards of every page; nothing sent yet
     * @see #iterateDescribeStream(Connection, String)
     */
    public static Paginator<DescribeStreamResponse, Shard> iterateDescribeStream(Connection connection,
            DescribeStream describeStream) {
        return Paginator.of(connection, describeStream, page -> page.streamDescription() != null
                        && page.streamDescription().lastEvaluatedShardId() != null
                        ? Optional.of(describeStream.exclusiveStartShardId(
                                page.streamDescription().lastEvaluatedShardId()))
                        : Optional.empty(),
                page -> page.streamDescription() == null ? List.of() : page.streamDescription().shards(),
                DescribeStream::limit, 100);
    }

    /**
     * The records of one shard that are there now, lazily: GetRecords from the iterator, then from each
     * {@code NextShardIterator}, stopping at the first empty page or at the end of a closed shard. See
     * {@link #iterateGetRecords(Connection, GetRecords, boolean)}.
     *
     * @param connection    where to send it (to its streams endpoint)
     * @param shardIterator from GetShardIterator, or the {@code NextShardIterator} of an earlier page
     * @return the records; nothing sent yet
     */
    public static Paginator<GetRecordsResponse, StreamsRecord> iterateGetRecords(Connection connection,
            String shardIterator) {
        return iterateGetRecords(connection, new GetRecords(shardIterator), true);
    }

    /**
     * The records of one shard, lazily, following {@code NextShardIterator} from page to page. The iteration
     * ends at the first of:
     * <ul>
     *   <li>a page without {@code NextShardIterator}: the shard is closed and read to its end;</li>
     *   <li>an empty page, when {@code stopAtEmptyPage}: the reader has caught up with an open shard. DynamoDB
     *       Streams may also answer empty pages before a later part of a shard that holds records ("it might
     *       take multiple calls to get to a portion of the shard that contains stream records"), so an empty
     *       page does not prove there is nothing more;</li>
     *   <li>{@link Paginator#maxItems(long)} records, or {@link Paginator#maxPages(long)} pages.</li>
     * </ul>
     * <b>An open shard never ends</b>: without {@code stopAtEmptyPage} and without a bound, the iteration polls
     * it for ever, one request after another with no pause (DynamoDB Streams throttles above about 5 GetRecords
     * calls a second per shard, and the connection's retry policy then backs off). To resume where an
     * iteration stopped, read the pages ({@link Paginator#pages()}) and keep the last {@code NextShardIterator}:
     * an iterator expires 15 minutes after it was returned.
     *
     * @param connection      where to send it (to its streams endpoint)
     * @param getRecords      the first request; the paginator owns it and sets its {@code ShardIterator} and
     *                        {@code Limit} (1000 at most)
     * @param stopAtEmptyPage whether an empty page ends the iteration
     * @return the records; nothing sent yet
     */
    public static Paginator<GetRecordsResponse, StreamsRecord> iterateGetRecords(Connection connection,
            GetRecords getRecords, boolean stopAtEmptyPage) {
        return Paginator.of(connection, getRecords,
                page -> page.nextShardIterator() == null || (stopAtEmptyPage && page.records().isEmpty())
                        ? Optional.empty() : Optional.of(getRecords.shardIterator(page.nextShardIterator())),
                GetRecordsResponse::records, GetRecords::limit, 1000);
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

    /**
     * Waits until CloudWatch Contributor Insights of a table is {@code ENABLED} (the
     * {@code ContributorInsightsEnabled} waiter), polling every {@link #DEFAULT_POLL_INTERVAL} for at most
     * {@link #DEFAULT_WAIT_TIMEOUT}.
     *
     * @param connection where the table is
     * @param table      the table's name
     * @return the last description, {@code ENABLED}
     * @throws WaiterException after the timeout, or when the status is {@code FAILED}
     */
    public static DescribeContributorInsightsResponse waitForContributorInsightsEnabled(Connection connection,
            String table) {
        return waitForContributorInsightsEnabled(connection, new DescribeContributorInsights(table),
                DEFAULT_WAIT_TIMEOUT, DEFAULT_POLL_INTERVAL);
    }

    /**
     * @param connection   where the table is
     * @param describe     the table, and the index when it is one of a global secondary index
     * @param timeout      how long to wait at most
     * @param pollInterval how long between two calls
     * @return the last description, {@code ENABLED}
     * @throws WaiterException after the timeout, or when the status is {@code FAILED}
     * @see #waitForContributorInsightsEnabled(Connection, String)
     */
    public static DescribeContributorInsightsResponse waitForContributorInsightsEnabled(Connection connection,
            DescribeContributorInsights describe, Duration timeout, Duration pollInterval) {
        return Waiters.CONTRIBUTOR_INSIGHTS_ENABLED.await(connection, describe, timeout, pollInterval).orElseThrow();
    }

    /**
     * Waits until an export to S3 is {@code COMPLETED} (the {@code ExportCompleted} waiter), polling every
     * {@link #LONG_POLL_INTERVAL} for at most {@link #LONG_WAIT_TIMEOUT}: exports take minutes.
     *
     * @param connection where the export runs
     * @param exportArn  the export's ARN
     * @return the completed export's description
     * @throws WaiterException after the timeout, or when the export {@code FAILED}
     */
    public static ExportDescription waitForExportCompleted(Connection connection, String exportArn) {
        return waitForExportCompleted(connection, exportArn, LONG_WAIT_TIMEOUT, LONG_POLL_INTERVAL);
    }

    /**
     * @param connection   where the export runs
     * @param exportArn    the export's ARN
     * @param timeout      how long to wait at most
     * @param pollInterval how long between two DescribeExport calls
     * @return the completed export's description
     * @throws WaiterException after the timeout, or when the export {@code FAILED}
     * @see #waitForExportCompleted(Connection, String)
     */
    public static ExportDescription waitForExportCompleted(Connection connection, String exportArn,
            Duration timeout, Duration pollInterval) {
        return Waiters.EXPORT_COMPLETED.await(connection, new DescribeExport(exportArn), timeout, pollInterval)
                .orElseThrow().exportDescription();
    }

    /**
     * Waits until an import from S3 is {@code COMPLETED} (the {@code ImportCompleted} waiter), polling every
     * {@link #LONG_POLL_INTERVAL} for at most {@link #LONG_WAIT_TIMEOUT}: imports take minutes.
     *
     * @param connection where the import runs
     * @param importArn  the import's ARN
     * @return the completed import's description
     * @throws WaiterException after the timeout, or when the import {@code FAILED} or was {@code CANCELLED}
     */
    public static ImportTableDescription waitForImportCompleted(Connection connection, String importArn) {
        return waitForImportCompleted(connection, importArn, LONG_WAIT_TIMEOUT, LONG_POLL_INTERVAL);
    }

    /**
     * @param connection   where the import runs
     * @param importArn    the import's ARN
     * @param timeout      how long to wait at most
     * @param pollInterval how long between two DescribeImport calls
     * @return the completed import's description
     * @throws WaiterException after the timeout, or when the import {@code FAILED} or was {@code CANCELLED}
     * @see #waitForImportCompleted(Connection, String)
     */
    public static ImportTableDescription waitForImportCompleted(Connection connection, String importArn,
            Duration timeout, Duration pollInterval) {
        return Waiters.IMPORT_COMPLETED.await(connection, new DescribeImport(importArn), timeout, pollInterval)
                .orElseThrow().importTableDescription();
    }

    /**
     * Waits until a Kinesis data stream destination of a table is {@code ACTIVE} (the
     * {@code KinesisStreamingDestinationActive} waiter), polling every {@link #DEFAULT_POLL_INTERVAL} for at most
     * {@link #DEFAULT_WAIT_TIMEOUT}.
     *
     * @param connection where the table is
     * @param table      the table's name
     * @return the destinations, at least one of them {@code ACTIVE}
     * @throws WaiterException after the timeout, or when every destination is {@code DISABLED} or
     *     {@code ENABLE_FAILED}
     */
    public static List<KinesisDataStreamDestination> waitForKinesisStreamingDestinationActive(Connection connection,
            String table) {
        return waitForKinesisStreamingDestinationActive(connection, table, DEFAULT_WAIT_TIMEOUT,
                DEFAULT_POLL_INTERVAL);
    }

    /**
     * @param connection   where the table is
     * @param table        the table's name
     * @param timeout      how long to wait at most
     * @param pollInterval how long between two calls
     * @return the destinations, at least one of them {@code ACTIVE}
     * @throws WaiterException after the timeout, or when every destination is {@code DISABLED} or
     *     {@code ENABLE_FAILED}
     * @see #waitForKinesisStreamingDestinationActive(Connection, String)
     */
    public static List<KinesisDataStreamDestination> waitForKinesisStreamingDestinationActive(Connection connection,
            String table, Duration timeout, Duration pollInterval) {
        return Waiters.KINESIS_STREAMING_DESTINATION_ACTIVE.await(connection,
                new DescribeKinesisStreamingDestination(table), timeout, pollInterval)
                .orElseThrow().kinesisDataStreamDestinations();
    }
}
