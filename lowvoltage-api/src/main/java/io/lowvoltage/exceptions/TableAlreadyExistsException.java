package io.lowvoltage.exceptions;

/** DynamoDB error {@code TableAlreadyExistsException}: the target table exists already. */
public final class TableAlreadyExistsException extends ClientException {
    /** @param error what DynamoDB said */
    public TableAlreadyExistsException(ServiceError error) {
        super(error);
    }
}
