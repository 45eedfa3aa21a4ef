package io.lowvoltage.exceptions;

/** DynamoDB error {@code ThrottlingException}: the request was throttled. Retryable. */
public final class ThrottlingException extends ClientException {
    /** @param error what DynamoDB said */
    public ThrottlingException(ServiceError error) {
        super(error);
    }
}
