package io.lowvoltage.exceptions;

/** DynamoDB error {@code InvalidSignatureException}: the request signature does not match: check the secret key and the clock. */
public final class InvalidSignatureException extends ClientException {
    /** @param error what DynamoDB said */
    public InvalidSignatureException(ServiceError error) {
        super(error);
    }
}
