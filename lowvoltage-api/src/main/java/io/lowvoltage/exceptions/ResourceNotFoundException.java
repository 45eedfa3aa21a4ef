package io.lowvoltage.exceptions;

/** DynamoDB error {@code ResourceNotFoundException}: the table or index does not exist, or is not ACTIVE yet. */
public final class ResourceNotFoundException extends ClientException {
    /** @param error what DynamoDB said */
    public ResourceNotFoundException(ServiceError error) {
        super(error);
    }
}
