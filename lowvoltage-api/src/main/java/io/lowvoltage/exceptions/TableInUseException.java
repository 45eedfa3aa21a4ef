package io.lowvoltage.exceptions;

/** DynamoDB error {@code TableInUseException}: the table is being restored or is otherwise busy. */
public final class TableInUseException extends ClientException {
    /** @param error what DynamoDB said */
    public TableInUseException(ServiceError error) {
        super(error);
    }
}
