package io.lowvoltage.compounds;

import io.lowvoltage.actions.WriteRequest;
import io.lowvoltage.exceptions.LowVoltageException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch write compound stopped before every write was confirmed: it carries exactly the write requests that
 * were not confirmed written, so that nothing is lost.
 *
 * <p>Two causes: DynamoDB kept leaving some requests unprocessed until the retry policy gave up (no
 * {@link #getCause() cause}); or a BatchWriteItem call failed as a whole (the cause is its exception), and then
 * the requests of that call and of the calls not yet sent are all here. Some of those may have been written
 * anyway (a network failure after DynamoDB wrote them): puts and deletes are idempotent, so sending
 * {@link #unprocessedItems()} again, for example with {@link Compounds#batchWriteItem}, is safe. Immutable.
 */
public final class UnprocessedItemsException extends LowVoltageException {
    /** The write requests not confirmed written, by table. */
    private final Map<String, List<WriteRequest>> unprocessedItems;

    /**
     * @param message          what failed and what to do
     * @param unprocessedItems the requests not confirmed written, by table
     * @param cause            the failure of a whole call, or {@code null} when retries ran out
     */
    UnprocessedItemsException(String message, Map<String, List<WriteRequest>> unprocessedItems, Throwable cause) {
        super(message, cause);
        Map<String, List<WriteRequest>> copy = new LinkedHashMap<>();
        unprocessedItems.forEach((table, requests) -> copy.put(table, List.copyOf(requests)));
        this.unprocessedItems = java.util.Collections.unmodifiableMap(copy);
    }

    /** @return the write requests not confirmed written, by table, in the order they were given */
    public Map<String, List<WriteRequest>> unprocessedItems() {
        return unprocessedItems;
    }

    /** @return how many write requests are in {@link #unprocessedItems()} */
    public int unprocessedCount() {
        return unprocessedItems.values().stream().mapToInt(List::size).sum();
    }

    /**
     * @return true when retries ran out, or the cause is retryable: sending the same requests later may succeed
     */
    @Override
    public boolean isRetryable() {
        return !(getCause() instanceof LowVoltageException cause) || cause.isRetryable();
    }
}
