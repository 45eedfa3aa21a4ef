package io.lowvoltage.exceptions;

/** DynamoDB error {@code TransactionConflictException}: another transaction is working on the same item. */
public final class TransactionConflictException extends ClientException {
    /** @param error what DynamoDB said */
    public TransactionConflictException(ServiceError error) {
        super(error);
    }
}
