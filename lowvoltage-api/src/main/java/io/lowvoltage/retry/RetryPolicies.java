package io.lowvoltage.retry;

import io.lowvoltage.exceptions.LowVoltageException;
import io.lowvoltage.exceptions.ServiceException;
import io.lowvoltage.exceptions.TransactionCanceledException;
import io.lowvoltage.internal.ErrorCodes;
import java.time.Duration;

/** The retry policies most users need, and the classification of retryable errors that policies use. */
public final class RetryPolicies {
    /**
     * {@link StandardRetryPolicy#defaults()}: the AWS SDKs' standard retry mode with DynamoDB's settings, 4
     * attempts at most. One instance, so its retry quota is shared by every connection given this constant;
     * a connection built without a retry policy gets a {@code StandardRetryPolicy} of its own.
     */
    public static final RetryPolicy DEFAULT = StandardRetryPolicy.defaults();

    /** Never retries: every error reaches the caller at once. */
    public static final RetryPolicy FAIL_FAST = new ExponentialBackoffRetryPolicy(Duration.ZERO, 1, 0);

    private RetryPolicies() {
    }

    /**
     * Tells throttling errors ("slow down": {@code ProvisionedThroughputExceededException},
     * {@code ThrottlingException}, {@code RequestLimitExceeded}, {@code TransactionInProgressException},
     * {@code LimitExceededException}, any HTTP 429, a transaction cancelled for throttling) from other
     * retryable errors, which are transient (5xx, network failures, damaged responses, request timeouts).
     *
     * @param error an error
     * @return whether it is retryable and says the caller sends too fast
     */
    public static boolean isThrottling(LowVoltageException error) {
        if (!error.isRetryable() || !(error instanceof ServiceException service)) {
            return false;
        }
        if (error instanceof TransactionCanceledException cancelled) {
            return cancelled.cancellationReasons().stream()
                    .anyMatch(reason -> ErrorCodes.isThrottlingCancellation(reason.code()));
        }
        return ErrorCodes.isThrottling(service.code(), service.error().statusCode());
    }

    /**
     * @param error an error
     * @return whether it is retryable but not {@linkplain #isThrottling(LowVoltageException) throttling}: a
     *     failure that clears by itself
     */
    public static boolean isTransient(LowVoltageException error) {
        return error.isRetryable() && !isThrottling(error);
    }
}
