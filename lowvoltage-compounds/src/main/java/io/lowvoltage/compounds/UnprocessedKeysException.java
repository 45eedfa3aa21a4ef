package io.lowvoltage.compounds;

import io.lowvoltage.exceptions.LowVoltageException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch read compound stopped before every key was read: it carries exactly the keys whose items were not
 * returned, so that nothing is lost. The items already returned by the iterator were read.
 *
 * <p>Two causes: DynamoDB kept leaving some keys unprocessed until the retry policy gave up (no
 * {@link #getCause() cause}); or a BatchGetItem call failed as a whole (the cause is its exception), and then
 * the keys of that call and of the calls not yet sent are all here. Immutable.
 */
public final class UnprocessedKeysException extends LowVoltageException {
    /** The keys not read, by table. */
    private final Map<String, List<Map<String, Object>>> unprocessedKeys;

    /**
     * @param message         what failed and what to do
     * @param unprocessedKeys the keys not read, by table
     * @param cause           the failure of a whole call, or {@code null} when retries ran out
     */
    UnprocessedKeysException(String message, Map<String, List<Map<String, Object>>> unprocessedKeys, Throwable cause) {
        super(message, cause);
        Map<String, List<Map<String, Object>>> copy = new LinkedHashMap<>();
        unprocessedKeys.forEach((table, keys) -> copy.put(table, List.copyOf(keys)));
        this.unprocessedKeys = Collections.unmodifiableMap(copy);
    }

    /** @return the keys not read, by table */
    public Map<String, List<Map<String, Object>>> unprocessedKeys() {
        return unprocessedKeys;
    }

    /** @return how many keys are in {@link #unprocessedKeys()} */
    public int unprocessedCount() {
        return unprocessedKeys.values().stream().mapToInt(List::size).sum();
    }

    /** @return true when retries ran out, or the cause is retryable: reading the same keys later may succeed */
    @Override
    public boolean isRetryable() {
        return !(getCause() instanceof LowVoltageException cause) || cause.isRetryable();
    }
}
