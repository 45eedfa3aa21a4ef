package io.lowvoltage.exceptions;

/** DynamoDB error {@code ImportNotFoundException}: the import does not exist. */
public final class ImportNotFoundException extends ClientException {
    /** @param error what DynamoDB said */
    public ImportNotFoundException(ServiceError error) {
        super(error);
    }
}
