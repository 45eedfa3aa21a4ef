package io.lowvoltage.retry;

import io.lowvoltage.Action;
import io.lowvoltage.exceptions.LowVoltageException;
import io.lowvoltage.exceptions.ServiceException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;

/**
 * The AWS SDKs' "standard" retry mode, with the settings DynamoDB gets from the SDKs' 2026 retry behaviour.
 *
 * <ul>
 *   <li>At most {@code maxAttempts} attempts in all (default 4: the first and 3 retries).</li>
 *   <li>Full-jitter exponential backoff: before retry {@code n} (from 1) it waits
 *       {@code random(0, 1) × min(base × 2^(n-1), maxBackoff)}, with {@code base} 1 s after a
 *       {@linkplain RetryPolicies#isThrottling(LowVoltageException) throttling error} and 25 ms after a transient
 *       one, and {@code maxBackoff} 20 s.</li>
 *   <li>When the service sent {@code x-amz-retry-after}, the wait is that value, but never less than the
 *       computed backoff and never more than the backoff plus 5 seconds, as the SDKs clamp it.</li>
 *   <li>A retry quota: a token bucket of 500 shared by every call through this policy. A retry after a
 *       throttling error takes 5 tokens, after a transient error 14; when the bucket cannot pay, the call gives
 *       up at once. A call that succeeds at its first attempt puts 1 token back, and one that succeeds after
 *       retries puts back what its last retry took, never above the capacity. So a service that keeps failing
 *       stops being hammered with retries, and a healthy one refills the bucket.</li>
 * </ul>
 *
 * <p>Thread-safe. The configuration is immutable; the quota is mutable state shared by every call and every
 * connection that uses this instance: give each connection its own instance to keep their quotas apart (a
 * connection built without a retry policy does).
 */
public final class StandardRetryPolicy implements RetryPolicy {
    static final int THROTTLING_RETRY_COST = 5;
    static final int TRANSIENT_RETRY_COST = 14;
    static final int SUCCESS_REFUND = 1;
    private static final Duration RETRY_AFTER_SLACK = Duration.ofSeconds(5);
    private static final System.Logger LOG = System.getLogger("io.lowvoltage.retry");

    private final int maxAttempts;
    private final Duration transientBase;
    private final Duration throttlingBase;
    private final Duration maxBackoff;
    private final int quotaCapacity;
    private final DoubleSupplier random;
    private final AtomicInteger tokens;

    private StandardRetryPolicy(Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.transientBase = builder.transientBase;
        this.throttlingBase = builder.throttlingBase;
        this.maxBackoff = builder.maxBackoff;
        this.quotaCapacity = builder.quotaCapacity;
        this.random = builder.random;
        this.tokens = new AtomicInteger(quotaCapacity);
    }

    /** @return a new policy with DynamoDB's settings and a full quota of its own */
    public static StandardRetryPolicy defaults() {
        return builder().build();
    }

    /** @return a builder starting from DynamoDB's settings */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<Duration> nextDelay(Action<?> action, List<LowVoltageException> errors) {
        int retry = errors.size();
        if (retry >= maxAttempts) {
            return Optional.empty();
        }
        LowVoltageException last = errors.get(retry - 1);
        boolean throttling = RetryPolicies.isThrottling(last);
        if (!acquire(throttling ? THROTTLING_RETRY_COST : TRANSIENT_RETRY_COST)) {
            LOG.log(System.Logger.Level.DEBUG, () -> "Retry quota exhausted: not retrying " + last.getClass().getSimpleName());
            return Optional.empty();
        }
        Duration base = throttling ? throttlingBase : transientBase;
        double ceiling = Math.min(base.toNanos() * Math.pow(2, retry - 1), (double) maxBackoff.toNanos());
        long backoff = (long) (random.getAsDouble() * ceiling);
        if (last instanceof ServiceException service && service.error().retryAfter().isPresent()) {
            long asked = service.error().retryAfter().get().toNanos();
            long upTo = backoff + RETRY_AFTER_SLACK.toNanos();
            return Optional.of(Duration.ofNanos(Math.min(Math.max(asked, backoff), upTo)));
        }
        return Optional.of(Duration.ofNanos(backoff));
    }

    @Override
    public void onSuccess(Action<?> action, List<LowVoltageException> errors) {
        if (quotaCapacity == Integer.MAX_VALUE) {
            return;
        }
        int refund = errors.isEmpty() ? SUCCESS_REFUND
                : RetryPolicies.isThrottling(errors.get(errors.size() - 1)) ? THROTTLING_RETRY_COST
                : TRANSIENT_RETRY_COST;
        int current;
        do {
            current = tokens.get();
            if (current >= quotaCapacity) {
                // The common case on a healthy service: a read, no write to a contended cache line.
                return;
            }
        } while (!tokens.compareAndSet(current, Math.min(quotaCapacity, current + refund)));
    }

    private boolean acquire(int cost) {
        if (quotaCapacity == Integer.MAX_VALUE) {
            return true;
        }
        int current;
        do {
            current = tokens.get();
            if (current < cost) {
                return false;
            }
        } while (!tokens.compareAndSet(current, current - cost));
        return true;
    }

    /** @return the tokens left in the retry quota now */
    int availableTokens() {
        return tokens.get();
    }

    @Override
    public String toString() {
        return "StandardRetryPolicy{maxAttempts=" + maxAttempts + ", transientBase=" + transientBase
                + ", throttlingBase=" + throttlingBase + ", maxBackoff=" + maxBackoff + ", retryQuota="
                + (quotaCapacity == Integer.MAX_VALUE ? "unlimited" : quotaCapacity) + "}";
    }

    /** Builds a {@link StandardRetryPolicy}. Not thread-safe; every setting starts at DynamoDB's default. */
    public static final class Builder {
        private int maxAttempts = 4;
        private Duration transientBase = Duration.ofMillis(25);
        private Duration throttlingBase = Duration.ofSeconds(1);
        private Duration maxBackoff = Duration.ofSeconds(20);
        private int quotaCapacity = 500;
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

        private Builder() {
        }

        /**
         * @param maxAttempts attempts in all, the first one included; 1 or more (1 never retries); default 4
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be 1 or more, got " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * @param base the backoff base after transient errors (5xx, network failures); default 25 ms
         * @return this builder
         */
        public Builder transientBase(Duration base) {
            this.transientBase = nonNegative(base, "transientBase");
            return this;
        }

        /**
         * @param base the backoff base after throttling errors; default 1 s
         * @return this builder
         */
        public Builder throttlingBase(Duration base) {
            this.throttlingBase = nonNegative(base, "throttlingBase");
            return this;
        }

        /**
         * @param maxBackoff the longest computed backoff before jitter; default 20 s
         * @return this builder
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
            return this;
        }

        /**
         * @param capacity the tokens of the retry quota; zero or more (zero never retries); default 500
         * @return this builder
         */
        public Builder retryQuota(int capacity) {
            if (capacity < 0) {
                throw new IllegalArgumentException("retryQuota must be zero or more, got " + capacity);
            }
            this.quotaCapacity = capacity == Integer.MAX_VALUE ? capacity - 1 : capacity;
            return this;
        }

        /**
         * Retries however many calls fail together, up to {@link #maxAttempts(int)} each.
         *
         * @return this builder
         */
        public Builder unlimitedRetryQuota() {
            this.quotaCapacity = Integer.MAX_VALUE;
            return this;
        }

        /** For tests: the source of jitter, in [0, 1). */
        Builder random(DoubleSupplier random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /** @return the policy, with a full quota */
        public StandardRetryPolicy build() {
            return new StandardRetryPolicy(this);
        }

        private static Duration nonNegative(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative()) {
                throw new IllegalArgumentException(name + " must be zero or more, got " + value);
            }
            return value;
        }
    }
}
