package io.lowvoltage.retry;

import java.time.Duration;

/** The retry policies most users need. */
public final class RetryPolicies {
    /**
     * Up to 8 retries with full-jitter exponential backoff from 50 ms, doubling: the DynamoDB Developer Guide's
     * advice for throttling and 5xx errors, giving up after about 13 seconds at worst.
     */
    public static final RetryPolicy DEFAULT =
            new ExponentialBackoffRetryPolicy(Duration.ofMillis(50), 2, 8).withJitter();

    /** Never retries: every error reaches the caller at once. */
    public static final RetryPolicy FAIL_FAST = new ExponentialBackoffRetryPolicy(Duration.ZERO, 1, 0);

    private RetryPolicies() {
    }
}
