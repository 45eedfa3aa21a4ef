package io.lowvoltage;

/**
 * Hears of every attempt and every completed call of a {@link Connection}: the hook for metrics, tracing and
 * audit. Register listeners with {@link Connection.Builder#listener(RequestListener)}; several are called in
 * the order they were registered.
 *
 * <p>For a call, the listeners hear {@link #attemptCompleted(AttemptEvent)} once per attempt, in order, then
 * {@link #callCompleted(CallEvent)} once, before the caller gets the response or the exception (for
 * {@link Connection#requestAsync(Action)}: before the returned future completes). A call that fails before
 * anything is sent ({@code BuilderException}, a closed connection) is not reported.
 *
 * <p>Listeners run on the thread that completes the attempt: the caller's for {@link Connection#request(Action)},
 * a transport or delay thread for {@code requestAsync}. They MUST be thread-safe and SHOULD return quickly. A
 * listener that throws is logged at {@code WARNING} on the logger {@code io.lowvoltage.Connection} and
 * ignored: it never breaks the request, nor stops the other listeners.
 *
 * <p>A connection without listeners skips all of this: it neither times the call nor allocates an event.
 */
public interface RequestListener {
    /**
     * Called after each attempt, once its outcome and any retry delay are known.
     *
     * @param event what happened; immutable
     */
    default void attemptCompleted(AttemptEvent event) {
    }

    /**
     * Called once per call, after its last attempt.
     *
     * @param event what happened; immutable
     */
    default void callCompleted(CallEvent event) {
    }
}
