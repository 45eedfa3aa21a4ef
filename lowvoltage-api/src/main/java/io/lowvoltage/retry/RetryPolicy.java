package io.lowvoltage.retry;

import io.lowvoltage.Action;
import io.lowvoltage.exceptions.LowVoltageException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether, and after how long, a failed request is sent again.
 *
 * <p>A {@code Connection} asks only about retryable errors ({@link LowVoltageException#isRetryable()}); others
 * are thrown at once. Implementations MUST be immutable and thread-safe: the state of one call is the list of
 * errors passed in, never a field of the policy.
 */
@FunctionalInterface
public interface RetryPolicy {
    /**
     * @param action the action being sent
     * @param errors the retryable errors of this call so far, oldest first; never empty
     * @return how long to wait before the next attempt, or empty to give up and throw the last error
     */
    Optional<Duration> nextDelay(Action<?> action, List<LowVoltageException> errors);
}
