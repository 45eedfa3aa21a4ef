package io.lowvoltage.exceptions;

/** DynamoDB error {@code TrimmedDataAccessException}: the DynamoDB Streams records asked for were trimmed (older than 24 hours). */
public final class TrimmedDataAccessException extends ClientException {
    /** @param error what DynamoDB said */
    public TrimmedDataAccessException(ServiceError error) {
        super(error);
    }
}
