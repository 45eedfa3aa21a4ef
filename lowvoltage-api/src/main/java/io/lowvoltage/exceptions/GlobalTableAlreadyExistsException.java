package io.lowvoltage.exceptions;

/** DynamoDB error {@code GlobalTableAlreadyExistsException}: the global table exists already. */
public final class GlobalTableAlreadyExistsException extends ClientException {
    /** @param error what DynamoDB said */
    public GlobalTableAlreadyExistsException(ServiceError error) {
        super(error);
    }
}
