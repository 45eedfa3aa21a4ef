package io.lowvoltage.exceptions;

/** DynamoDB error {@code ProvisionedThroughputExceededException}: the request rate exceeds the provisioned throughput. Retryable. */
public final class ProvisionedThroughputExceededException extends ClientException {
    /** @param error what DynamoDB said */
    public ProvisionedThroughputExceededException(ServiceError error) {
        super(error);
    }
}
