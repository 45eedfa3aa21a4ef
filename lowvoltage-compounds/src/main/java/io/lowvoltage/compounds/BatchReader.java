package io.lowvoltage.compounds;

import io.lowvoltage.Connection;
import io.lowvoltage.Item;
import io.lowvoltage.actions.BatchGetItem;
import io.lowvoltage.actions.BatchGetItemResponse;
import io.lowvoltage.actions.KeysAndAttributes;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.exceptions.LowVoltageException;
import io.lowvoltage.retry.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads any number of keys of one table lazily, in BatchGetItem calls within DynamoDB's limits, as a
 * {@link Paginator} whose pages are the calls and their resubmissions.
 */
final class BatchReader {
    /** DynamoDB's limits of one BatchGetItem call: 100 keys, 16 MB. */
    static final int MAX_KEYS = 100;
    static final long MAX_REQUEST_BYTES = 16_000_000;
    private static final long ENVELOPE_BYTES = 2048;

    private final String table;
    private final List<List<Map<String, Object>>> chunks;
    private final RetryPolicy retryPolicy;
    private final int total;
    private final List<LowVoltageException> rounds = new ArrayList<>();
    private int index;
    private BatchGetItem current;
    private List<Map<String, Object>> pending;

    private BatchReader(String table, List<List<Map<String, Object>>> chunks, int total, RetryPolicy retryPolicy) {
        this.table = table;
        this.chunks = chunks;
        this.total = total;
        this.retryPolicy = retryPolicy;
    }

    /**
     * @throws BuilderException before anything is sent, for a duplicate key or a value with no DynamoDB form
     */
    static Paginator<BatchGetItemResponse, Item> read(Connection connection, String table,
            List<Map<String, Object>> keys, RetryPolicy retryPolicy) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        List<List<Map<String, Object>>> chunks = chunks(table, keys);
        if (chunks.isEmpty()) {
            return Paginator.empty(connection);
        }
        BatchReader reader = new BatchReader(table, chunks, keys.size(), retryPolicy);
        BatchGetItem first = reader.start(0);
        return Paginator.of(connection, first, reader::next, response -> response.items(table))
                .mapFailures(reader::failure);
    }

    private BatchGetItem start(int chunk) {
        index = chunk;
        pending = chunks.get(chunk);
        rounds.clear();
        current = new BatchGetItem().table(table).keys(pending);
        return current;
    }

    private Optional<BatchGetItem> next(BatchGetItemResponse response) {
        if (!response.hasUnprocessedKeys()) {
            return index + 1 < chunks.size() ? Optional.of(start(index + 1)) : Optional.empty();
        }
        List<Map<String, Object>> unprocessed = new ArrayList<>();
        for (KeysAndAttributes keys : response.unprocessedKeys().values()) {
            unprocessed.addAll(keys.keys());
        }
        if (unprocessed.size() < pending.size()) {
            // Progress: DynamoDB stops a response at 16 MB and hands back the rest, which is paging, not
            // throttling; the retry policy judges only rounds that read nothing.
            rounds.clear();
        }
        pending = unprocessed;
        rounds.add(new UnprocessedKeysException("DynamoDB left " + unprocessed.size() + " keys unprocessed",
                Map.of(table, unprocessed), null));
        Optional<Duration> delay = retryPolicy.nextDelay(current, List.copyOf(rounds));
        if (delay.isEmpty()) {
            List<Map<String, Object>> left = leftover();
            throw new UnprocessedKeysException("BatchGetItem on table " + table + " left " + left.size() + " of "
                    + total + " keys unread: DynamoDB returned some as UnprocessedKeys " + rounds.size()
                    + " times and the retry policy gave up. They are in unprocessedKeys(): read them again later,"
                    + " pass a more patient RetryPolicy, or raise the table's read capacity",
                    Map.of(table, left), null);
        }
        Backoff.sleep(delay.get(), "backing off before resubmitting UnprocessedKeys");
        current = current.retryOf(response);
        return Optional.of(current);
    }

    private RuntimeException failure(LowVoltageException e) {
        if (e instanceof UnprocessedKeysException) {
            return e;
        }
        List<Map<String, Object>> left = leftover();
        return new UnprocessedKeysException("A BatchGetItem call on table " + table + " failed (" + e + "), so "
                + left.size() + " of " + total + " keys are unread; they are in unprocessedKeys(). Fix the cause,"
                + " then read them again", Map.of(table, left), e);
    }

    private List<Map<String, Object>> leftover() {
        List<Map<String, Object>> left = new ArrayList<>(pending);
        for (int later = index + 1; later < chunks.size(); later++) {
            left.addAll(chunks.get(later));
        }
        return left;
    }

    /**
     * @return the keys, checked and split into calls of at most 100 keys and 16 MB each
     * @throws BuilderException for a duplicate key or a value with no DynamoDB form
     */
    static List<List<Map<String, Object>>> chunks(String table, List<Map<String, Object>> keys) {
        List<List<Map<String, Object>>> chunks = new ArrayList<>();
        Map<Object, Integer> seen = new HashMap<>();
        List<Map<String, Object>> chunk = new ArrayList<>();
        long chunkBytes = ENVELOPE_BYTES;
        for (int i = 0; i < keys.size(); i++) {
            Map<String, Object> key = keys.get(i);
            String path = table + "[" + i + "]";
            Integer previous = seen.putIfAbsent(ItemSizes.identity(key, path), i);
            if (previous != null) {
                throw new BuilderException("Keys " + previous + " and " + i + " for table " + table + " are the same "
                        + ItemSizes.describe(key) + ", and DynamoDB rejects a BatchGetItem that asks for one key"
                        + " twice. Nothing was read. Remove the duplicate");
            }
            long bytes = ItemSizes.jsonSize(key, path) + 1;
            if (!chunk.isEmpty() && (chunk.size() == MAX_KEYS || chunkBytes + bytes > MAX_REQUEST_BYTES)) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                chunkBytes = ENVELOPE_BYTES;
            }
            chunk.add(key);
            chunkBytes += bytes;
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }
}
