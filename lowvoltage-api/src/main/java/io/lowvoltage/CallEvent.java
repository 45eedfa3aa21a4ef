package io.lowvoltage;

import java.time.Duration;
import java.util.Optional;

/**
 * A completed call, as a {@link RequestListener} hears of it after the call's last attempt. Immutable and
 * thread-safe.
 */
public final class CallEvent {
    private final String operation;
    private final String tableName;
    private final int attempts;
    private final Object response;
    private final Throwable error;
    private final long bytesSent;
    private final long bytesReceived;
    private final long nanos;

    CallEvent(String operation, String tableName, int attempts, Object response, Throwable error,
              long bytesSent, long bytesReceived, long nanos) {
        this.operation = operation;
        this.tableName = tableName;
        this.attempts = attempts;
        this.response = response;
        this.error = error;
        this.bytesSent = bytesSent;
        this.bytesReceived = bytesReceived;
        this.nanos = nanos;
    }

    /** @return the DynamoDB operation, such as {@code GetItem} */
    public String operation() {
        return operation;
    }

    /** @return the table the action names, when its action class reports one; see {@link AttemptEvent#tableName()} */
    public Optional<String> tableName() {
        return Optional.ofNullable(tableName);
    }

    /** @return how many attempts were made; 0 when the call failed before its first was sent (no credentials) */
    public int attempts() {
        return attempts;
    }

    /** @return whether the call returned a response */
    public boolean succeeded() {
        return error == null;
    }

    /**
     * The response the caller gets, such as a {@code GetItemResponse}. Responses are immutable; a listener
     * that wants the consumed capacity reads it from the response types it knows.
     *
     * @return the response of a successful call; empty for a failed one, or a response of {@code null}
     */
    public Optional<Object> response() {
        return Optional.ofNullable(response);
    }

    /** @return the exception the caller gets, for a failed call: usually a {@code LowVoltageException} */
    public Optional<Throwable> error() {
        return Optional.ofNullable(error);
    }

    /** @return the DynamoDB error code of a failed call, or the simple name of its exception class */
    public Optional<String> errorType() {
        return Optional.ofNullable(error).map(Events::errorType);
    }

    /** @return the request body bytes sent, over every attempt */
    public long bytesSent() {
        return bytesSent;
    }

    /** @return the response body bytes received, over every attempt */
    public long bytesReceived() {
        return bytesReceived;
    }

    /** @return the call's whole duration, from writing the action to the last attempt's outcome, retry waits included */
    public Duration duration() {
        return Duration.ofNanos(nanos);
    }

    @Override
    public String toString() {
        return "CallEvent{operation=" + operation + (tableName == null ? "" : ", tableName=" + tableName)
                + ", attempts=" + attempts + (error == null ? "" : ", errorType=" + Events.errorType(error))
                + ", bytesSent=" + bytesSent + ", bytesReceived=" + bytesReceived + ", duration=" + duration() + "}";
    }
}
