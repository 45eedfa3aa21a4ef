package io.lowvoltage.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.exceptions.CredentialsException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class RefreshingCredentialsTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final AtomicInteger fetches = new AtomicInteger();

    private RefreshingCredentials.Expiring expiringIn(Duration lifetime) {
        int n = fetches.incrementAndGet();
        return new RefreshingCredentials.Expiring(Credentials.of("AKID" + n, "SECRET" + n, "TOKEN" + n),
                clock.instant().plus(lifetime));
    }

    @Test
    void credentialsAreRefreshedFifteenMinutesBeforeTheyExpire() {
        RefreshingCredentials refreshing = new RefreshingCredentials("test", () -> expiringIn(Duration.ofMinutes(40)), clock);

        assertThat(refreshing.get().accessKeyId()).isEqualTo("AKID1");
        clock.advance(Duration.ofMinutes(24));
        assertThat(refreshing.get().accessKeyId()).isEqualTo("AKID1");
        clock.advance(Duration.ofMinutes(1));
        assertThat(refreshing.get().accessKeyId()).isEqualTo("AKID2");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void longLivedCredentialsAreRefreshedAtLeastHourly() {
        RefreshingCredentials refreshing = new RefreshingCredentials("test", () -> expiringIn(Duration.ofHours(12)), clock);
        refreshing.get();
        clock.advance(Duration.ofMinutes(59));
        assertThat(refreshing.get().accessKeyId()).isEqualTo("AKID1");
        clock.advance(Duration.ofMinutes(1));
        assertThat(refreshing.get().accessKeyId()).isEqualTo("AKID2");
    }

    @Test
    void shortLivedCredentialsAreUsedForHalfTheirLife() {
        RefreshingCredentials refreshing = new RefreshingCredentials("test", () -> expiringIn(Duration.ofMinutes(10)), clock);
        refreshing.get();
        clock.advance(Duration.ofMinutes(4));
        assertThat(refreshing.get().accessKeyId()).isEqualTo("AKID1");
        clock.advance(Duration.ofMinutes(1));
        assertThat(refreshing.get().accessKeyId()).isEqualTo("AKID2");
    }

    @Test
    void aFailedRefreshKeepsValidCredentialsLogsAWarningAndTriesAgainLater() {
        List<LogRecord> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("io.lowvoltage.credentials");
        logger.addHandler(handler);
        AtomicInteger calls = new AtomicInteger();
        try {
            RefreshingCredentials refreshing = new RefreshingCredentials("the test source", () -> {
                if (calls.incrementAndGet() == 2) {
                    throw new CredentialsException("endpoint down");
                }
                return expiringIn(Duration.ofMinutes(30));
            }, clock);
            refreshing.get();
            clock.advance(Duration.ofMinutes(20));

            assertThat(refreshing.get().accessKeyId()).isEqualTo("AKID1");
            assertThat(logged).singleElement().satisfies(record -> {
                assertThat(record.getLevel()).isEqualTo(java.util.logging.Level.WARNING);
                assertThat(record.getMessage()).contains("the test source", "endpoint down", "AKID1")
                        .doesNotContain("SECRET1", "TOKEN1");
            });
            assertThat(refreshing.get().accessKeyId()).as("no new try at once").isEqualTo("AKID1");
            assertThat(calls).hasValue(2);
            clock.advance(Duration.ofMinutes(1));
            assertThat(refreshing.get().accessKeyId()).isEqualTo("AKID2");
        } finally {
            logger.removeHandler(handler);
        }
    }

    @Test
    void aFailedFetchWithNothingValidIsThrown() {
        AtomicInteger calls = new AtomicInteger();
        RefreshingCredentials refreshing = new RefreshingCredentials("test", () -> {
            if (calls.incrementAndGet() == 2) {
                throw new CredentialsException("endpoint down");
            }
            return expiringIn(Duration.ofMinutes(30));
        }, clock);
        refreshing.get();
        clock.advance(Duration.ofMinutes(31));

        assertThatThrownBy(refreshing::get).isInstanceOf(CredentialsException.class).hasMessage("endpoint down");
        assertThat(refreshing.get().accessKeyId()).isEqualTo("AKID2");
    }

    @Test
    void manyThreadsWaitForOneFirstFetch() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        RefreshingCredentials refreshing = new RefreshingCredentials("test", () -> {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return expiringIn(Duration.ofHours(1));
        }, clock);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Credentials>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(refreshing::get));
            }
            Thread.sleep(50);
            release.countDown();
            for (Future<Credentials> result : results) {
                assertThat(result.get(5, TimeUnit.SECONDS).accessKeyId()).isEqualTo("AKID1");
            }
            assertThat(fetches).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void whileOneThreadRefreshesStillValidCredentialsTheOthersDoNotWait() throws Exception {
        CountDownLatch refreshing1 = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        RefreshingCredentials refreshing = new RefreshingCredentials("test", () -> {
            if (calls.incrementAndGet() == 2) {
                refreshing1.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return expiringIn(Duration.ofMinutes(30));
        }, clock);
        refreshing.get();
        clock.advance(Duration.ofMinutes(20));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Credentials> refresher = pool.submit(refreshing::get);
            assertThat(refreshing1.await(5, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 10; i++) {
                assertThat(pool.submit(refreshing::get).get(1, TimeUnit.SECONDS).accessKeyId()).isEqualTo("AKID1");
            }
            release.countDown();
            assertThat(refresher.get(5, TimeUnit.SECONDS).accessKeyId()).isEqualTo("AKID2");
            assertThat(refreshing.get().accessKeyId()).isEqualTo("AKID2");
            assertThat(calls).hasValue(2);
        } finally {
            pool.shutdownNow();
        }
    }
}
