package io.lowvoltage.compounds;

import io.lowvoltage.exceptions.LowVoltageException;

/**
 * A {@link Waiter} gave up: its timeout passed before the resource reached the state waited for, or the
 * resource reached a state from which it never will (such as an export that FAILED). Immutable.
 */
public final class WaiterException extends LowVoltageException {
    /** The waiter that gave up, such as TableExists. */
    private final String waiter;
    /** Whether it gave up because time ran out, rather than on a failure state. */
    private final boolean timedOut;

    WaiterException(String waiter, boolean timedOut, String message, Throwable cause) {
        super(message, cause);
        this.waiter = waiter;
        this.timedOut = timedOut;
    }

    /** @return the waiter's name, such as {@code TableExists} */
    public String waiter() {
        return waiter;
    }

    /** @return true when the timeout passed; false when the resource reached a failure state */
    public boolean isTimeout() {
        return timedOut;
    }

    /** @return true after a timeout: waiting longer may succeed */
    @Override
    public boolean isRetryable() {
        return timedOut;
    }
}
