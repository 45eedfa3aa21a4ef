package io.lowvoltage.exceptions;

/** DynamoDB error {@code UnknownOperationException}: the endpoint does not know this operation. */
public final class UnknownOperationException extends ClientException {
    /** @param error what DynamoDB said */
    public UnknownOperationException(ServiceError error) {
        super(error);
    }
}
