package io.lowvoltage.compounds;

import io.lowvoltage.exceptions.NetworkException;
import java.io.InterruptedIOException;
import java.time.Duration;

/** Sleeps between attempts, stopping on interrupt with the flag restored. */
final class Backoff {
    private Backoff() {
    }

    /**
     * @param delay how long
     * @param what  what is waited for, for the message
     * @throws NetworkException when interrupted, with the interrupt flag set again
     */
    static void sleep(Duration delay, String what) {
        try {
            Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(what);
        }
    }

    static NetworkException interrupted(String what) {
        return new NetworkException("Interrupted while " + what, new InterruptedIOException());
    }
}
