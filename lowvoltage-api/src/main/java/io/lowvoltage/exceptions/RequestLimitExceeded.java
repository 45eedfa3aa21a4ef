package io.lowvoltage.exceptions;

/** DynamoDB error {@code RequestLimitExceeded}: the account's throughput limit was exceeded. Retryable. */
public final class RequestLimitExceeded extends ClientException {
    /** @param error what DynamoDB said */
    public RequestLimitExceeded(ServiceError error) {
        super(error);
    }
}
