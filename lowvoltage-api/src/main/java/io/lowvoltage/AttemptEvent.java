package io.lowvoltage;

import io.lowvoltage.exceptions.LowVoltageException;
import java.time.Duration;
import java.util.Optional;

/**
 * One attempt of a call, as a {@link RequestListener} hears of it: what was sent, what came back, how long
 * each step took, and the retry delay chosen after a retryable failure. Immutable and thread-safe.
 *
 * <p>Times are measured with {@link System#nanoTime()}. Not reported: the time spent waiting for a pooled
 * connection, which the transport SPI does not expose (it is part of {@link #wireTime()}).
 */
public final class AttemptEvent {
    private final String operation;
    private final String tableName;
    private final int attempt;
    private final int statusCode;
    private final LowVoltageException error;
    private final Duration retryDelay;
    private final long bytesSent;
    private final long bytesReceived;
    private final long signNanos;
    private final long wireNanos;
    private final long parseNanos;

    AttemptEvent(String operation, String tableName, int attempt, int statusCode, LowVoltageException error,
                 Duration retryDelay, long bytesSent, long bytesReceived, long signNanos, long wireNanos,
                 long parseNanos) {
        this.operation = operation;
        this.tableName = tableName;
        this.attempt = attempt;
        this.statusCode = statusCode;
        this.error = error;
        this.retryDelay = retryDelay;
        this.bytesSent = bytesSent;
        this.bytesReceived = bytesReceived;
        this.signNanos = signNanos;
        this.wireNanos = wireNanos;
        this.parseNanos = parseNanos;
    }

    /** @return the DynamoDB operation, such as {@code GetItem} */
    public String operation() {
        return operation;
    }

    /**
     * @return the table the action names, when its action class reports one (see {@code Action.tableName()});
     *     empty otherwise, which is the case of every action of this version
     */
    public Optional<String> tableName() {
        return Optional.ofNullable(tableName);
    }

    /** @return the attempt number, 1 for the first */
    public int attempt() {
        return attempt;
    }

    /** @return the HTTP status code, or 0 when no response arrived (a network failure) */
    public int statusCode() {
        return statusCode;
    }

    /** @return whether the attempt brought the response back */
    public boolean succeeded() {
        return error == null;
    }

    /** @return the error of a failed attempt, retried or not */
    public Optional<LowVoltageException> error() {
        return Optional.ofNullable(error);
    }

    /**
     * @return the DynamoDB error code of a failed attempt (such as {@code ProvisionedThroughputExceededException}),
     *     or the simple name of the exception class when DynamoDB gave none (such as {@code NetworkException})
     */
    public Optional<String> errorType() {
        return Optional.ofNullable(error).map(Events::errorType);
    }

    /** @return how long the connection waits before the next attempt; empty when there is none */
    public Optional<Duration> retryDelay() {
        return Optional.ofNullable(retryDelay);
    }

    /** @return the request body's size in bytes (headers not counted) */
    public long bytesSent() {
        return bytesSent;
    }

    /** @return the response body's size in bytes, 0 when no response arrived (headers not counted) */
    public long bytesReceived() {
        return bytesReceived;
    }

    /** @return the time spent getting credentials and signing */
    public Duration signTime() {
        return Duration.ofNanos(signNanos);
    }

    /**
     * @return the time from handing the request to the transport to getting its response or failure: pool
     *     wait, connection, network and DynamoDB
     */
    public Duration wireTime() {
        return Duration.ofNanos(wireNanos);
    }

    /** @return the time spent checking and parsing the response body, or the error body; 0 on a network failure */
    public Duration parseTime() {
        return Duration.ofNanos(parseNanos);
    }

    @Override
    public String toString() {
        return "AttemptEvent{operation=" + operation + (tableName == null ? "" : ", tableName=" + tableName)
                + ", attempt=" + attempt + ", statusCode=" + statusCode
                + (error == null ? "" : ", errorType=" + Events.errorType(error))
                + (retryDelay == null ? "" : ", retryDelay=" + retryDelay)
                + ", bytesSent=" + bytesSent + ", bytesReceived=" + bytesReceived + ", signTime=" + signTime()
                + ", wireTime=" + wireTime() + ", parseTime=" + parseTime() + "}";
    }
}
