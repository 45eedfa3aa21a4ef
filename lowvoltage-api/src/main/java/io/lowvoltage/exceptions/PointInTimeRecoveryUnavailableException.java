package io.lowvoltage.exceptions;

/** DynamoDB error {@code PointInTimeRecoveryUnavailableException}: point-in-time recovery is not enabled on the table. */
public final class PointInTimeRecoveryUnavailableException extends ClientException {
    /** @param error what DynamoDB said */
    public PointInTimeRecoveryUnavailableException(ServiceError error) {
        super(error);
    }
}
