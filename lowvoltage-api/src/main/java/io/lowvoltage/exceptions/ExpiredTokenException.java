package io.lowvoltage.exceptions;

/** DynamoDB error {@code ExpiredTokenException}: the session token has expired: refresh the credentials. */
public final class ExpiredTokenException extends ClientException {
    /** @param error what DynamoDB said */
    public ExpiredTokenException(ServiceError error) {
        super(error);
    }
}
