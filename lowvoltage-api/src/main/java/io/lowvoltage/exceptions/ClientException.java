package io.lowvoltage.exceptions;

import io.lowvoltage.internal.ErrorCodes;

/**
 * DynamoDB rejected a request (HTTP 4xx). Each DynamoDB error code has its own subclass, named after it, so
 * that callers catch exactly what they handle; a code LowVoltage does not know becomes
 * {@link UnknownClientException}. Throttling errors (such as {@code ProvisionedThroughputExceededException},
 * or any HTTP 429) and transient ones (such as {@code RequestTimeoutException}) are retryable; the others need
 * the request fixed. {@link io.lowvoltage.retry.RetryPolicies#isThrottling(LowVoltageException)} tells the two
 * retryable kinds apart.
 */
public abstract class ClientException extends ServiceException {
    /** @param error what DynamoDB said */
    protected ClientException(ServiceError error) {
        super(error);
    }

    @Override
    public boolean isRetryable() {
        return ErrorCodes.isThrottling(code(), error().statusCode()) || ErrorCodes.isTransient(code());
    }
}
