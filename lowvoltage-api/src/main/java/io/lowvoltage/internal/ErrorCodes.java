package io.lowvoltage.internal;

import java.util.Set;

/**
 * Which DynamoDB error codes are worth retrying, and which of those mean "slow down": the data behind
 * {@code isRetryable()} and {@code RetryPolicies.isThrottling}. From botocore's {@code standard} retry mode and
 * aws-sdk-java-v2's {@code AwsErrorCode}, as listed in the DynamoDB reference tables.
 */
public final class ErrorCodes {
    /** Codes that mean the caller sends too fast: retried with the longer throttling backoff. */
    private static final Set<String> THROTTLING = Set.of(
            "ProvisionedThroughputExceededException",
            "ThrottlingException",
            "RequestLimitExceeded",
            "TransactionInProgressException",
            "LimitExceededException",
            "Throttling",
            "ThrottledException",
            "RequestThrottledException",
            "TooManyRequestsException",
            "BandwidthLimitExceeded",
            "RequestThrottled",
            "SlowDown");

    /** Codes of failures that clear by themselves: retried with the short transient backoff. */
    private static final Set<String> TRANSIENT = Set.of(
            "RequestTimeout",
            "RequestTimeoutException",
            "PriorRequestNotComplete",
            // Modelled with the retryable trait (HTTP 409 per botocore's _retry.json).
            "ReplicatedWriteConflictException");

    /** Cancellation reasons of a transaction that may succeed when sent again. */
    private static final Set<String> RETRYABLE_CANCELLATIONS = Set.of(
            "ThrottlingError",
            "ProvisionedThroughputExceeded",
            "RequestLimitExceeded",
            "TransactionConflict");

    /** The subset of {@link #RETRYABLE_CANCELLATIONS} that means "slow down". */
    private static final Set<String> THROTTLING_CANCELLATIONS = Set.of(
            "ThrottlingError",
            "ProvisionedThroughputExceeded",
            "RequestLimitExceeded");

    private ErrorCodes() {
    }

    /**
     * @param code   an error code
     * @param status its HTTP status
     * @return whether it says "slow down"
     */
    public static boolean isThrottling(String code, int status) {
        return THROTTLING.contains(code) || status == 429;
    }

    /**
     * @param code an error code of a 4xx response
     * @return whether it stands for a failure that clears by itself
     */
    public static boolean isTransient(String code) {
        return TRANSIENT.contains(code);
    }

    /**
     * @param code a cancellation reason code of a transaction, not {@code None}
     * @return whether the transaction may succeed when sent again despite it
     */
    public static boolean isRetryableCancellation(String code) {
        return RETRYABLE_CANCELLATIONS.contains(code);
    }

    /**
     * @param code a cancellation reason code of a transaction
     * @return whether it says "slow down"
     */
    public static boolean isThrottlingCancellation(String code) {
        return THROTTLING_CANCELLATIONS.contains(code);
    }
}
