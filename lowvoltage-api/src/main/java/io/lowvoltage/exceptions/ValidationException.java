package io.lowvoltage.exceptions;

/** DynamoDB error {@code ValidationException}: the request does not satisfy the API's constraints; the message says which. */
public final class ValidationException extends ClientException {
    /** @param error what DynamoDB said */
    public ValidationException(ServiceError error) {
        super(error);
    }
}
