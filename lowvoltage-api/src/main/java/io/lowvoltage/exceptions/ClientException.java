package io.lowvoltage.exceptions;

import java.util.Set;

/**
 * DynamoDB rejected a request (HTTP 4xx). Each DynamoDB error code has its own subclass, named after it, so
 * that callers catch exactly what they handle; a code LowVoltage does not know becomes
 * {@link UnknownClientException}. Throttling errors are retryable; the others need the request fixed.
 */
public abstract class ClientException extends ServiceException {
    /**
     * The codes DynamoDB uses to say "slow down" (botocore's throttling codes and DynamoDB's Developer Guide),
     * plus the conflicts that clear by themselves.
     */
    private static final Set<String> RETRYABLE_CODES = Set.of(
            "ProvisionedThroughputExceededException",
            "RequestLimitExceeded",
            "ThrottlingException",
            "LimitExceededException",
            "TransactionInProgressException",
            "ReplicatedWriteConflictException");

    /** @param error what DynamoDB said */
    protected ClientException(ServiceError error) {
        super(error);
    }

    @Override
    public boolean isRetryable() {
        return RETRYABLE_CODES.contains(code());
    }
}
