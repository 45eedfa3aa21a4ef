package io.lowvoltage.exceptions;

import io.lowvoltage.internal.ErrorCodes;

/**
 * DynamoDB failed to process a request (HTTP 5xx, such as {@code InternalServerError} or
 * {@code ServiceUnavailable}), or its response arrived damaged (code {@value #CRC32_MISMATCH}). Retryable for
 * 500, 502, 503, 504, damaged responses, and throttling or transient error codes whatever the status.
 */
public class ServerException extends ServiceException {
    /** The code of a response whose body does not match its {@code x-amz-crc32} header. */
    public static final String CRC32_MISMATCH = "Crc32Mismatch";

    /** @param error what DynamoDB said */
    public ServerException(ServiceError error) {
        super(error);
    }

    @Override
    public boolean isRetryable() {
        int status = error().statusCode();
        return status == 500 || status == 502 || status == 503 || status == 504 || code().equals(CRC32_MISMATCH)
                || ErrorCodes.isThrottling(code(), status) || ErrorCodes.isTransient(code());
    }
}
