package io.lowvoltage.exceptions;

/** DynamoDB error {@code BackupInUseException}: another backup operation is in progress on this backup. */
public final class BackupInUseException extends ClientException {
    /** @param error what DynamoDB said */
    public BackupInUseException(ServiceError error) {
        super(error);
    }
}
