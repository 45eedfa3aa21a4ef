package io.lowvoltage.exceptions;

/** DynamoDB error {@code DuplicateItemException}: a PartiQL INSERT found an item with the same primary key. */
public final class DuplicateItemException extends ClientException {
    /** @param error what DynamoDB said */
    public DuplicateItemException(ServiceError error) {
        super(error);
    }
}
