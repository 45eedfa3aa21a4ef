package io.lowvoltage.exceptions;

/** DynamoDB error {@code MissingAuthenticationTokenException}: the request was not signed. */
public final class MissingAuthenticationTokenException extends ClientException {
    /** @param error what DynamoDB said */
    public MissingAuthenticationTokenException(ServiceError error) {
        super(error);
    }
}
