package io.lowvoltage.exceptions;

/** DynamoDB error {@code TransactionInProgressException}: a transaction with the same client token is still in progress. Retryable. */
public final class TransactionInProgressException extends ClientException {
    /** @param error what DynamoDB said */
    public TransactionInProgressException(ServiceError error) {
        super(error);
    }
}
