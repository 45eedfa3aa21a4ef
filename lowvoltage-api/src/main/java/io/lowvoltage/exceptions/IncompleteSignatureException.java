package io.lowvoltage.exceptions;

/** DynamoDB error {@code IncompleteSignatureException}: the request signature is missing parts. */
public final class IncompleteSignatureException extends ClientException {
    /** @param error what DynamoDB said */
    public IncompleteSignatureException(ServiceError error) {
        super(error);
    }
}
