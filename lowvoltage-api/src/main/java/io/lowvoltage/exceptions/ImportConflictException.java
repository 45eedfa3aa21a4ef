package io.lowvoltage.exceptions;

/** DynamoDB error {@code ImportConflictException}: an import with the same client token but other parameters exists. */
public final class ImportConflictException extends ClientException {
    /** @param error what DynamoDB said */
    public ImportConflictException(ServiceError error) {
        super(error);
    }
}
