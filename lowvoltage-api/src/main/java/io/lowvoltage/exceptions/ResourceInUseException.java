package io.lowvoltage.exceptions;

/** DynamoDB error {@code ResourceInUseException}: the resource is being created, updated or deleted, or exists already. */
public final class ResourceInUseException extends ClientException {
    /** @param error what DynamoDB said */
    public ResourceInUseException(ServiceError error) {
        super(error);
    }
}
