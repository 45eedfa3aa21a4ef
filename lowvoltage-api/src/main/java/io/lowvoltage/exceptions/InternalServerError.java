package io.lowvoltage.exceptions;

/** DynamoDB error {@code InternalServerError}: the service failed to process the request. Retryable. */
public final class InternalServerError extends ServerException {
    /** @param error what DynamoDB said */
    public InternalServerError(ServiceError error) {
        super(error);
    }
}
