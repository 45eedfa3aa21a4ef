package io.lowvoltage.compounds;

import io.lowvoltage.Connection;
import io.lowvoltage.actions.BatchWriteItem;
import io.lowvoltage.actions.BatchWriteItemResponse;
import io.lowvoltage.actions.WriteRequest;
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

/** Writes any number of puts and deletes to one table in BatchWriteItem calls within DynamoDB's limits. */
final class BatchWriter {
    /** DynamoDB's limits of one BatchWriteItem call: 25 requests, 16 MB of request body. */
    static final int MAX_REQUESTS = 25;
    static final long MAX_REQUEST_BYTES = 16_000_000;
    /** Room for the envelope around the requests: table name, members, brackets. */
    private static final long ENVELOPE_BYTES = 2048;
    /** {"PutRequest":{"Item":...}} or {"DeleteRequest":{"Key":...}} around each item, and a comma. */
    private static final long REQUEST_WRAPPER_BYTES = 32;

    private BatchWriter() {
    }

    /**
     * Checks every request, splits them into calls, sends the calls one after another and resubmits what each
     * leaves unprocessed until nothing is left.
     *
     * @throws BuilderException before anything is sent, for an item over 400 KB or a duplicate request
     * @throws UnprocessedItemsException with every request not confirmed written
     */
    static void write(Connection connection, String table, List<WriteRequest> requests, RetryPolicy retryPolicy) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        List<List<WriteRequest>> chunks = chunks(table, requests);
        for (int index = 0; index < chunks.size(); index++) {
            writeChunk(connection, table, chunks, index, requests.size(), retryPolicy);
        }
    }

    private static void writeChunk(Connection connection, String table, List<List<WriteRequest>> chunks, int index,
            int total, RetryPolicy retryPolicy) {
        List<WriteRequest> pending = chunks.get(index);
        BatchWriteItem batch = new BatchWriteItem().table(table).writeRequests(pending);
        List<LowVoltageException> rounds = new ArrayList<>();
        while (true) {
            BatchWriteItemResponse response;
            try {
                response = connection.request(batch);
            } catch (LowVoltageException e) {
                List<WriteRequest> left = leftover(pending, chunks, index);
                throw new UnprocessedItemsException("A BatchWriteItem call to table " + table + " failed (" + e
                        + "), so " + left.size() + " of " + total + " write requests are not confirmed written;"
                        + " they are in unprocessedItems(). Fix the cause, then send them again with"
                        + " Compounds.batchWriteItem", Map.of(table, left), e);
            }
            if (!response.hasUnprocessedItems()) {
                return;
            }
            List<WriteRequest> unprocessed = new ArrayList<>();
            response.unprocessedItems().values().forEach(unprocessed::addAll);
            if (unprocessed.size() < pending.size()) {
                // Progress: the retry policy judges rounds that wrote nothing, not a long batch written in parts.
                rounds.clear();
            }
            pending = unprocessed;
            List<WriteRequest> left = leftover(pending, chunks, index);
            rounds.add(new UnprocessedItemsException("DynamoDB left " + unprocessed.size()
                    + " write requests unprocessed", Map.of(table, unprocessed), null));
            Optional<Duration> delay = retryPolicy.nextDelay(batch, List.copyOf(rounds));
            if (delay.isEmpty()) {
                throw new UnprocessedItemsException("BatchWriteItem to table " + table + " left " + left.size()
                        + " of " + total + " write requests unwritten: DynamoDB returned some as UnprocessedItems "
                        + rounds.size() + " times and the retry policy gave up. They are in unprocessedItems():"
                        + " send them again later, pass a more patient RetryPolicy, or raise the table's write"
                        + " capacity", Map.of(table, left), null);
            }
            batch = batch.retryOf(response);
            try {
                Backoff.sleep(delay.get(), "backing off before resubmitting UnprocessedItems");
            } catch (LowVoltageException e) {
                throw new UnprocessedItemsException("Interrupted while writing to table " + table + ": "
                        + left.size() + " of " + total + " write requests are not written; they are in"
                        + " unprocessedItems()", Map.of(table, left), e);
            }
        }
    }

    /** The requests of this chunk still pending, then those of the chunks not sent yet. */
    private static List<WriteRequest> leftover(List<WriteRequest> pending, List<List<WriteRequest>> chunks, int index) {
        List<WriteRequest> left = new ArrayList<>(pending);
        for (int later = index + 1; later < chunks.size(); later++) {
            left.addAll(chunks.get(later));
        }
        return left;
    }

    /**
     * @return the requests, checked and split into calls of at most 25 requests and 16 MB each
     * @throws BuilderException for an item over 400 KB, a value with no DynamoDB form, or a duplicate request
     */
    static List<List<WriteRequest>> chunks(String table, List<WriteRequest> requests) {
        List<List<WriteRequest>> chunks = new ArrayList<>();
        Map<Object, Integer> seen = new HashMap<>();
        List<WriteRequest> chunk = new ArrayList<>();
        long chunkBytes = ENVELOPE_BYTES;
        for (int i = 0; i < requests.size(); i++) {
            WriteRequest request = requests.get(i);
            Map<String, Object> attributes = request.isPut() ? request.item() : request.key();
            String path = table + "[" + i + "]";
            long size = ItemSizes.itemSize(attributes, path);
            if (request.isPut() && size > ItemSizes.MAX_ITEM_SIZE) {
                throw new BuilderException("Item " + i + " for table " + table + " is about " + size
                        + " bytes, over DynamoDB's item size limit of 400 KB (" + ItemSizes.MAX_ITEM_SIZE
                        + " bytes): " + ItemSizes.describe(attributes) + ". Nothing was written. Store large values"
                        + " elsewhere (S3) or split the item");
            }
            Object identity = List.of(request.isPut(), ItemSizes.identity(attributes, path));
            Integer previous = seen.putIfAbsent(identity, i);
            if (previous != null) {
                throw new BuilderException("Write requests " + previous + " and " + i + " for table " + table
                        + " are the same " + (request.isPut() ? "put of " : "delete of ")
                        + ItemSizes.describe(attributes) + ", and DynamoDB rejects a batch that touches one key"
                        + " twice. Nothing was written. Remove the duplicate");
            }
            long bytes = ItemSizes.jsonSize(attributes, path) + REQUEST_WRAPPER_BYTES;
            if (!chunk.isEmpty() && (chunk.size() == MAX_REQUESTS || chunkBytes + bytes > MAX_REQUEST_BYTES)) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                chunkBytes = ENVELOPE_BYTES;
            }
            chunk.add(request);
            chunkBytes += bytes;
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }
}
