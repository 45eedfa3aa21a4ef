package io.lowvoltage.retry;

import io.lowvoltage.Action;
import io.lowvoltage.exceptions.LowVoltageException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Retries up to {@code maxRetries} times, waiting {@code firstWait}, then {@code firstWait * multiplier}, then
 * {@code firstWait * multiplier²}... With jitter, each wait is drawn uniformly between zero and that value
 * ("full jitter"), which spreads out clients that failed together. Immutable and thread-safe.
 */
public final class ExponentialBackoffRetryPolicy implements RetryPolicy {
    private final Duration firstWait;
    private final double multiplier;
    private final int maxRetries;
    private final boolean jitter;

    /**
     * A policy without jitter.
     *
     * @param firstWait  the wait before the first retry; zero or more
     * @param multiplier how much each wait grows over the previous one; 1 or more
     * @param maxRetries how many retries at most (attempts are one more); zero or more
     */
    public ExponentialBackoffRetryPolicy(Duration firstWait, double multiplier, int maxRetries) {
        this(firstWait, multiplier, maxRetries, false);
    }

    private ExponentialBackoffRetryPolicy(Duration firstWait, double multiplier, int maxRetries, boolean jitter) {
        Objects.requireNonNull(firstWait, "firstWait");
        if (firstWait.isNegative()) {
            throw new IllegalArgumentException("firstWait must be zero or more, got " + firstWait);
        }
        if (!(multiplier >= 1)) {
            throw new IllegalArgumentException("multiplier must be 1 or more, got " + multiplier);
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be zero or more, got " + maxRetries);
        }
        this.firstWait = firstWait;
        this.multiplier = multiplier;
        this.maxRetries = maxRetries;
        this.jitter = jitter;
    }

    /** @return the same policy with full jitter: each wait drawn uniformly in [0, computed wait] */
    public ExponentialBackoffRetryPolicy withJitter() {
        return new ExponentialBackoffRetryPolicy(firstWait, multiplier, maxRetries, true);
    }

    @Override
    public Optional<Duration> nextDelay(Action<?> action, List<LowVoltageException> errors) {
        int retry = errors.size();
        if (retry > maxRetries) {
            return Optional.empty();
        }
        double nanos = firstWait.toNanos() * Math.pow(multiplier, retry - 1);
        long wait = (long) Math.min(nanos, Long.MAX_VALUE);
        if (jitter && wait > 0) {
            wait = ThreadLocalRandom.current().nextLong(wait + 1);
        }
        return Optional.of(Duration.ofNanos(wait));
    }

    @Override
    public String toString() {
        return "ExponentialBackoffRetryPolicy{firstWait=" + firstWait + ", multiplier=" + multiplier
                + ", maxRetries=" + maxRetries + ", jitter=" + jitter + "}";
    }
}
