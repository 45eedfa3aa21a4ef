package io.lowvoltage.exceptions;

/** DynamoDB error {@code SerializationException}: the request body could not be read by DynamoDB. */
public final class SerializationException extends ClientException {
    /** @param error what DynamoDB said */
    public SerializationException(ServiceError error) {
        super(error);
    }
}
