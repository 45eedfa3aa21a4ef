package io.lowvoltage.exceptions;

/** DynamoDB error {@code IndexNotFoundException}: the index does not exist. */
public final class IndexNotFoundException extends ClientException {
    /** @param error what DynamoDB said */
    public IndexNotFoundException(ServiceError error) {
        super(error);
    }
}
