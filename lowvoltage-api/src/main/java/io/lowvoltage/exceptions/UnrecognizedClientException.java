package io.lowvoltage.exceptions;

/** DynamoDB error {@code UnrecognizedClientException}: the access key id or security token is not valid. */
public final class UnrecognizedClientException extends ClientException {
    /** @param error what DynamoDB said */
    public UnrecognizedClientException(ServiceError error) {
        super(error);
    }
}
