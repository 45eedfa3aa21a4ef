package io.lowvoltage.transport.apache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DeadlinesTest {
    private final Deadlines deadlines = new Deadlines(Duration.ofMillis(100));

    @Test
    void anExchangeStillWatchedAfterTheTimeoutIsCancelled() throws Exception {
        CountDownLatch cancelled = new CountDownLatch(1);
        long start = System.nanoTime();

        Deadlines.Watch watch = deadlines.start(() -> {
            cancelled.countDown();
            return true;
        });

        assertThat(cancelled.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertThat(watch.expired()).isTrue();
    }

    @Test
    void anEndedExchangeIsLeftAloneAndALaterOneIsStillWatched() throws Exception {
        Deadlines.Watch ended = deadlines.start(() -> {
            throw new AssertionError("cancelled an ended exchange");
        });
        deadlines.end(ended);
        // Starts while the first exchange's task is armed: that task must re-arm for this one
        Thread.sleep(50);
        CountDownLatch cancelled = new CountDownLatch(1);

        Deadlines.Watch later = deadlines.start(() -> {
            cancelled.countDown();
            return true;
        });

        assertThat(cancelled.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(ended.expired()).isFalse();
        assertThat(later.expired()).isTrue();
    }

    @Test
    void theWatchRearmsAfterFallingIdle() throws Exception {
        deadlines.end(deadlines.start(() -> true));
        // The armed task finds nothing to watch and disarms
        Thread.sleep(300);
        CountDownLatch cancelled = new CountDownLatch(1);

        Deadlines.Watch watch = deadlines.start(() -> {
            cancelled.countDown();
            return true;
        });

        assertThat(cancelled.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(watch.expired()).isTrue();
    }
}
