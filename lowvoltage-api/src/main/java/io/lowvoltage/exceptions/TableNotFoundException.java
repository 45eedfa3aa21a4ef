package io.lowvoltage.exceptions;

/** DynamoDB error {@code TableNotFoundException}: the table does not exist. */
public final class TableNotFoundException extends ClientException {
    /** @param error what DynamoDB said */
    public TableNotFoundException(ServiceError error) {
        super(error);
    }
}
