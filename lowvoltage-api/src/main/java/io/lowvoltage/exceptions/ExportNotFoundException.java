package io.lowvoltage.exceptions;

/** DynamoDB error {@code ExportNotFoundException}: the export does not exist. */
public final class ExportNotFoundException extends ClientException {
    /** @param error what DynamoDB said */
    public ExportNotFoundException(ServiceError error) {
        super(error);
    }
}
