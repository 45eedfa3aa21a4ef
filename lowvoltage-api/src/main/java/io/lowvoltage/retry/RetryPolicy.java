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
 * are thrown at once. Implementations MUST be thread-safe, and their configuration immutable: the state of one
 * call is the list of errors passed in, never a field of the policy. State shared by every call, such as the
 * retry quota of {@link StandardRetryPolicy}, is allowed and MUST be documented.
 */
@FunctionalInterface
public interface RetryPolicy {
    /**
     * @param action the action being sent
     * @param errors the retryable errors of this call so far, oldest first; never empty
     * @return how long to wait before the next attempt, or empty to give up and throw the last error
     */
    Optional<Duration> nextDelay(Action<?> action, List<LowVoltageException> errors);

    /**
     * Called by the connection once a call succeeded, so that a policy with a retry quota can refill it. The
     * default does nothing.
     *
     * <p>Implementations MUST NOT throw and SHOULD return quickly: this runs after every successful call.
     *
     * @param action the action that succeeded
     * @param errors the retryable errors the call met before it succeeded, oldest first; empty when the first
     *               attempt succeeded
     */
    default void onSuccess(Action<?> action, List<LowVoltageException> errors) {
    }
}
