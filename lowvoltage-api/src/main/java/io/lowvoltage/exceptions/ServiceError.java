package io.lowvoltage.exceptions;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What DynamoDB said when it refused a request: the operation, the HTTP status, the error code (the part of
 * {@code __type} after {@code #}), its message, the request id, and how long the service asked the caller to
 * wait before retrying. Immutable.
 */
public final class ServiceError {
    private final String operation;
    private final int statusCode;
    private final String code;
    private final String message;
    private final String requestId;
    private final Duration retryAfter;

    private ServiceError(String operation, int statusCode, String code, String message, String requestId,
            Duration retryAfter) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.statusCode = statusCode;
        this.code = Objects.requireNonNull(code, "code");
        this.message = message == null ? "" : message;
        this.requestId = requestId == null ? "" : requestId;
        this.retryAfter = retryAfter;
    }

    /**
     * @param operation  the DynamoDB operation, such as {@code GetItem}
     * @param statusCode the HTTP status
     * @param code       the error code, such as {@code ResourceNotFoundException}
     * @param message    the service's message, or {@code null}
     * @param requestId  the {@code x-amzn-RequestId} header, or {@code null}
     * @return the error
     */
    public static ServiceError of(String operation, int statusCode, String code, String message, String requestId) {
        return new ServiceError(operation, statusCode, code, message, requestId, null);
    }

    /**
     * @param retryAfter the wait the service asked for in its {@code x-amz-retry-after} header; zero or more
     * @return a copy of this error with that wait
     */
    public ServiceError withRetryAfter(Duration retryAfter) {
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter must be zero or more, got " + retryAfter);
        }
        return new ServiceError(operation, statusCode, code, message, requestId, retryAfter);
    }

    /** @return the DynamoDB operation that failed, such as {@code GetItem} */
    public String operation() {
        return operation;
    }

    /** @return the HTTP status code */
    public int statusCode() {
        return statusCode;
    }

    /** @return the error code, such as {@code ResourceNotFoundException} */
    public String code() {
        return code;
    }

    /** @return the service's message, empty when it sent none */
    public String message() {
        return message;
    }

    /** @return the request id to quote to AWS support, empty when absent */
    public String requestId() {
        return requestId;
    }

    /**
     * @return how long the service asked the caller to wait before retrying ({@code x-amz-retry-after}, in
     *     milliseconds on the wire), empty when it did not say
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public String toString() {
        return operation + " failed with " + code + (message.isEmpty() ? "" : ": " + message)
                + " (HTTP " + statusCode + (requestId.isEmpty() ? "" : ", request id " + requestId) + ")";
    }
}
