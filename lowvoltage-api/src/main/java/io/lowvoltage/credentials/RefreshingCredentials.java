package io.lowvoltage.credentials;

import io.lowvoltage.exceptions.CredentialsException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps temporary credentials and their expiry, and fetches new ones ahead of it: the one refresh mechanism of
 * the container, EC2 and web identity providers.
 *
 * <ul>
 *   <li>Credentials go stale 15 minutes before they expire, and at least an hour after they were fetched.</li>
 *   <li>One thread refreshes at a time. While stale credentials are still valid, the other threads keep using
 *       them instead of waiting; once they have expired (or before the first fetch), they wait for the one
 *       refresh and share its result.</li>
 *   <li>A failed refresh while the current credentials are still valid is logged at WARNING (never with a
 *       secret) and the current credentials are kept; the next try waits a minute at most. A failed fetch with
 *       nothing valid to fall back on is thrown.</li>
 * </ul>
 */
final class RefreshingCredentials {
    private static final System.Logger LOG = System.getLogger("io.lowvoltage.credentials");
    static final Duration AHEAD_OF_EXPIRY = Duration.ofMinutes(15);
    static final Duration AT_LEAST_EVERY = Duration.ofHours(1);
    static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(1);

    /** Fetches credentials; may block on the network. */
    @FunctionalInterface
    interface Fetcher {
        /**
         * @return fresh credentials and when they expire
         * @throws CredentialsException when they cannot be fetched, never quoting a secret
         */
        Expiring fetch();
    }

    /** Credentials and their expiry, or {@code null} expiry for credentials that never expire. */
    record Expiring(Credentials credentials, Instant expiration) {
        Expiring {
            Objects.requireNonNull(credentials, "credentials");
        }
    }

    private record Current(Credentials credentials, Instant expiration, Instant staleAt) {
        boolean validAt(Instant now) {
            return expiration == null || now.isBefore(expiration);
        }
    }

    private final String source;
    private final Fetcher fetcher;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Current current;

    /**
     * @param source  what is fetched from, for log lines, such as {@code EC2 instance metadata}
     * @param fetcher the fetch
     * @param clock   the clock that tells staleness
     */
    RefreshingCredentials(String source, Fetcher fetcher, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    Credentials get() {
        Current now = current;
        Instant time = clock.instant();
        if (now != null && time.isBefore(now.staleAt)) {
            return now.credentials;
        }
        if (now != null && now.validAt(time)) {
            if (!lock.tryLock()) {
                return now.credentials;
            }
            try {
                return refreshKeeping(now);
            } finally {
                lock.unlock();
            }
        }
        lock.lock();
        try {
            Current latest = current;
            Instant afterWait = clock.instant();
            if (latest != null && afterWait.isBefore(latest.staleAt)) {
                return latest.credentials;
            }
            if (latest != null && latest.validAt(afterWait)) {
                return refreshKeeping(latest);
            }
            return install(fetcher.fetch()).credentials;
        } finally {
            lock.unlock();
        }
    }

    /** Called with the lock held, while {@code valid} still is. */
    private Credentials refreshKeeping(Current valid) {
        if (current != valid && clock.instant().isBefore(current.staleAt)) {
            return current.credentials;
        }
        try {
            return install(fetcher.fetch()).credentials;
        } catch (RuntimeException e) {
            Instant time = clock.instant();
            Instant retryAt = time.plus(RETRY_AFTER_FAILURE);
            if (valid.expiration != null && retryAt.isAfter(valid.expiration)) {
                retryAt = time.plus(Duration.between(time, valid.expiration).dividedBy(2));
            }
            current = new Current(valid.credentials, valid.expiration, retryAt);
            LOG.log(Level.WARNING, () -> "Could not refresh credentials from " + source + " (" + e.getMessage()
                    + "); still using " + valid.credentials + ", valid until " + valid.expiration);
            return valid.credentials;
        }
    }

    private Current install(Expiring fetched) {
        Instant fetchedAt = clock.instant();
        Instant staleAt = fetchedAt.plus(AT_LEAST_EVERY);
        if (fetched.expiration() != null) {
            Instant ahead = fetched.expiration().minus(AHEAD_OF_EXPIRY);
            if (ahead.isBefore(staleAt)) {
                staleAt = ahead;
            }
            // Credentials that live less than 15 minutes would be stale at once: use them for half their life.
            Instant halfLife = fetchedAt.plus(Duration.between(fetchedAt, fetched.expiration()).dividedBy(2));
            if (staleAt.isBefore(halfLife) && ahead.isBefore(fetchedAt)) {
                staleAt = halfLife;
            }
        }
        Current installed = new Current(fetched.credentials(), fetched.expiration(), staleAt);
        current = installed;
        return installed;
    }

    @Override
    public String toString() {
        Current now = current;
        return now == null ? "not fetched yet" : now.credentials + (now.expiration == null ? ""
                : ", expires " + now.expiration);
    }
}
