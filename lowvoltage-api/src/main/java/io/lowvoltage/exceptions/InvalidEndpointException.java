package io.lowvoltage.exceptions;

/** DynamoDB error {@code InvalidEndpointException}: the endpoint is not valid for this request (endpoint discovery). */
public final class InvalidEndpointException extends ClientException {
    /** @param error what DynamoDB said */
    public InvalidEndpointException(ServiceError error) {
        super(error);
    }
}
