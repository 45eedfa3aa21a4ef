package io.lowvoltage.exceptions;

/** DynamoDB error {@code ContinuousBackupsUnavailableException}: continuous backups are not enabled on the table, or are being enabled. */
public final class ContinuousBackupsUnavailableException extends ClientException {
    /** @param error what DynamoDB said */
    public ContinuousBackupsUnavailableException(ServiceError error) {
        super(error);
    }
}
