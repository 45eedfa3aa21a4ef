package io.lowvoltage.compounds;

import io.lowvoltage.Action;
import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.LowVoltageException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Polls a describing action until a resource reaches a state: the shape of the DynamoDB waiters
 * ({@code waiters-2.json}), with acceptors written as two functions. The ready-made ones are in {@link Waiters},
 * and the {@code Compounds.waitFor*} functions use them.
 *
 * <p>Each acceptor of a waiter definition becomes a branch: a {@code path} matcher is a test on the response in
 * {@code onResponse}, an {@code error} matcher a test on the exception in {@code onError}. A response that no
 * acceptor matches means {@link State#RETRY}; an exception that none matches means {@link State#FAILURE}, and
 * it is thrown as it is. For example, {@link Waiters#EXPORT_COMPLETED} is:
 * <pre>{@code
 * public static final Waiter<DescribeExportResponse> EXPORT_COMPLETED = Waiter.of("ExportCompleted",
 *         response -> switch (response.exportDescription().exportStatus()) {
 *             case COMPLETED -> State.SUCCESS;
 *             case FAILED -> State.FAILURE;
 *             default -> State.RETRY;
 *         },
 *         error -> State.FAILURE);
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #await} blocks the calling thread.
 *
 * @param <R> the response type of the describing action
 */
public final class Waiter<R> {
    /** What a response or an error means for the wait: an acceptor's {@code state}. */
    public enum State {
        /** The state waited for: stop and return. */
        SUCCESS,
        /** Not yet: poll again after the interval. */
        RETRY,
        /** The state waited for can no longer be reached: stop and throw. */
        FAILURE
    }

    private final String name;
    private final Function<? super R, State> onResponse;
    private final Function<? super LowVoltageException, State> onError;

    private Waiter(String name, Function<? super R, State> onResponse,
            Function<? super LowVoltageException, State> onError) {
        this.name = Objects.requireNonNull(name, "name");
        this.onResponse = Objects.requireNonNull(onResponse, "onResponse");
        this.onError = Objects.requireNonNull(onError, "onError");
    }

    /**
     * @param name       the waiter's name, for messages, such as {@code TableExists}
     * @param onResponse what a response means
     * @param onError    what an exception of the describing action means; {@link State#FAILURE} rethrows it
     * @param <R>        the response type
     * @return the waiter
     */
    public static <R> Waiter<R> of(String name, Function<? super R, State> onResponse,
            Function<? super LowVoltageException, State> onError) {
        return new Waiter<>(name, onResponse, onError);
    }

    /** @return the waiter's name */
    public String name() {
        return name;
    }

    /**
     * Sends the action at once, then every {@code pollInterval} until a {@link State#SUCCESS} or
     * {@link State#FAILURE}, or until the timeout. Sending the same action several times is safe: the
     * connection writes it to bytes on each call.
     *
     * @param connection   where to send it
     * @param action       the describing action, such as {@code new DescribeTable("T")}
     * @param timeout      how long to wait at most; the last poll is at the timeout
     * @param pollInterval how long to wait between polls
     * @return the response that meant success, or empty when an error meant success (the resource is gone)
     * @throws WaiterException after the timeout, or when a response means {@link State#FAILURE}
     * @throws LowVoltageException the action's exception when it means {@link State#FAILURE}
     */
    public Optional<R> await(Connection connection, Action<R> action, Duration timeout, Duration pollInterval) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(action, "action");
        requirePositive(timeout, "timeout", true);
        requirePositive(pollInterval, "pollInterval", false);
        long deadline = System.nanoTime() + timeout.toNanos();
        int attempts = 0;
        String last;
        while (true) {
            attempts++;
            try {
                R response = connection.request(action);
                State state = Objects.requireNonNull(onResponse.apply(response), "state");
                if (state == State.SUCCESS) {
                    return Optional.of(response);
                }
                if (state == State.FAILURE) {
                    throw new WaiterException(name, false, name + " cannot succeed any more: the response was "
                            + response, null);
                }
                last = String.valueOf(response);
            } catch (LowVoltageException e) {
                if (e instanceof WaiterException) {
                    throw e;
                }
                State state = Objects.requireNonNull(onError.apply(e), "state");
                if (state == State.SUCCESS) {
                    return Optional.empty();
                }
                if (state == State.FAILURE) {
                    throw e;
                }
                last = e.toString();
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new WaiterException(name, true, name + " did not succeed within " + timeout + " ("
                        + attempts + " polls); the last answer was " + last
                        + ". Wait longer with a larger timeout, or check the resource", null);
            }
            Backoff.sleep(Duration.ofNanos(Math.min(remaining, pollInterval.toNanos())), "waiting for " + name);
        }
    }

    private static void requirePositive(Duration duration, String name, boolean zeroAllowed) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || (!zeroAllowed && duration.isZero())) {
            throw new IllegalArgumentException(name + " must be " + (zeroAllowed ? "zero or more" : "positive")
                    + ", got " + duration);
        }
    }

    @Override
    public String toString() {
        return "Waiter{" + name + "}";
    }
}
