package io.lowvoltage.exceptions;

/** DynamoDB error {@code InvalidRestoreTimeException}: the restore time is outside the point-in-time recovery window. */
public final class InvalidRestoreTimeException extends ClientException {
    /** @param error what DynamoDB said */
    public InvalidRestoreTimeException(ServiceError error) {
        super(error);
    }
}
