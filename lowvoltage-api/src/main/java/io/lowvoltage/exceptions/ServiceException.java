package io.lowvoltage.exceptions;

import java.util.Objects;

/** An error response from DynamoDB, client or server side: the common part of both. */
public abstract class ServiceException extends LowVoltageException {
    /** What DynamoDB said. */
    private final ServiceError error;

    /** @param error what DynamoDB said */
    protected ServiceException(ServiceError error) {
        super(Objects.requireNonNull(error, "error").toString(), null);
        this.error = error;
    }

    /** @return what DynamoDB said: operation, status, code, message, request id */
    public ServiceError error() {
        return error;
    }

    /** @return the error code, such as {@code ResourceNotFoundException} */
    public String code() {
        return error.code();
    }
}
