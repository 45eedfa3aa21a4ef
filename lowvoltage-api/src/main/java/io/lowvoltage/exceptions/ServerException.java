package io.lowvoltage.exceptions;

/**
 * DynamoDB failed to process a request (HTTP 5xx, such as {@code InternalServerError} or
 * {@code ServiceUnavailable}). Retryable for 500, 502, 503 and 504.
 */
public class ServerException extends ServiceException {
    /** @param error what DynamoDB said */
    public ServerException(ServiceError error) {
        super(error);
    }

    @Override
    public boolean isRetryable() {
        int status = error().statusCode();
        return status == 500 || status == 502 || status == 503 || status == 504;
    }
}
