package io.lowvoltage.exceptions;

/** DynamoDB error {@code BackupNotFoundException}: the backup does not exist. */
public final class BackupNotFoundException extends ClientException {
    /** @param error what DynamoDB said */
    public BackupNotFoundException(ServiceError error) {
        super(error);
    }
}
