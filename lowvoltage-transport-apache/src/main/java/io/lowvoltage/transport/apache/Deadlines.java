package io.lowvoltage.transport.apache;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.core5.concurrent.Cancellable;

/**
 * Cancels the exchanges that outlast the request timeout, with one task on the shared timer for all of them,
 * re-armed for the earliest deadline. A task per exchange would cost more than the rest of a call on a kept-alive
 * connection: each one lands at the head of the timer's queue, which wakes the timer's thread.
 */
final class Deadlines {
    private final long timeoutNanos;
    private final Set<Watch> watches = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean armed = new AtomicBoolean();

    /** One exchange under watch. */
    static final class Watch {
        private final long deadline;
        private final Cancellable exchange;
        private volatile boolean expired;

        private Watch(long deadline, Cancellable exchange) {
            this.deadline = deadline;
            this.exchange = exchange;
        }

        /** @return whether the deadline passed and cancelled the exchange */
        boolean expired() {
            return expired;
        }
    }

    /** @param timeout the longest an exchange may take */
    Deadlines(Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
    }

    /**
     * @param exchange cancelled when still watched after the timeout
     * @return the watch, to {@link #end} once the exchange is over
     */
    Watch start(Cancellable exchange) {
        Watch watch = new Watch(System.nanoTime() + timeoutNanos, exchange);
        watches.add(watch);
        if (armed.compareAndSet(false, true)) {
            schedule(timeoutNanos);
        }
        return watch;
    }

    /** @param watch a watch of {@link #start}, whose exchange is over */
    void end(Watch watch) {
        watches.remove(watch);
    }

    private void schedule(long delayNanos) {
        ApacheTransport.Timer.TIMER.schedule(this::check, delayNanos, TimeUnit.NANOSECONDS);
    }

    private void check() {
        long now = System.nanoTime();
        Watch earliest = null;
        for (Watch watch : watches) {
            if (now - watch.deadline >= 0) {
                if (watches.remove(watch)) {
                    watch.expired = true;
                    watch.exchange.cancel();
                }
            } else if (earliest == null || watch.deadline - earliest.deadline < 0) {
                earliest = watch;
            }
        }
        if (earliest != null) {
            schedule(earliest.deadline - now);
            return;
        }
        armed.set(false);
        // An exchange that started after the loop saw the task still armed, and armed none
        if (!watches.isEmpty() && armed.compareAndSet(false, true)) {
            schedule(0);
        }
    }
}
