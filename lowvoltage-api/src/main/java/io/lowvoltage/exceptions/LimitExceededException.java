package io.lowvoltage.exceptions;

/** DynamoDB error {@code LimitExceededException}: too many control-plane operations at once, or an account limit was reached. Retryable. */
public final class LimitExceededException extends ClientException {
    /** @param error what DynamoDB said */
    public LimitExceededException(ServiceError error) {
        super(error);
    }
}
