package io.lowvoltage.exceptions;

/** DynamoDB error {@code GlobalTableNotFoundException}: the global table does not exist. */
public final class GlobalTableNotFoundException extends ClientException {
    /** @param error what DynamoDB said */
    public GlobalTableNotFoundException(ServiceError error) {
        super(error);
    }
}
