package io.lowvoltage.exceptions;

/**
 * DynamoDB rejected a request with an error code LowVoltage has no class for. {@link #code()} and the
 * message say what it was.
 */
public final class UnknownClientException extends ClientException {
    /** @param error what DynamoDB said */
    public UnknownClientException(ServiceError error) {
        super(error);
    }
}
