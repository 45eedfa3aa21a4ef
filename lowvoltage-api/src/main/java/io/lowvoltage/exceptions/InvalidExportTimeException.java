package io.lowvoltage.exceptions;

/** DynamoDB error {@code InvalidExportTimeException}: the export time is outside the point-in-time recovery window. */
public final class InvalidExportTimeException extends ClientException {
    /** @param error what DynamoDB said */
    public InvalidExportTimeException(ServiceError error) {
        super(error);
    }
}
