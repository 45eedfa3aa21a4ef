package io.lowvoltage.exceptions;

/** DynamoDB error {@code ExportConflictException}: an export with the same client token but other parameters exists. */
public final class ExportConflictException extends ClientException {
    /** @param error what DynamoDB said */
    public ExportConflictException(ServiceError error) {
        super(error);
    }
}
