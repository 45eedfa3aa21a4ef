package io.lowvoltage.exceptions;

/** DynamoDB error {@code IdempotentParameterMismatchException}: the client token was reused with other parameters. */
public final class IdempotentParameterMismatchException extends ClientException {
    /** @param error what DynamoDB said */
    public IdempotentParameterMismatchException(ServiceError error) {
        super(error);
    }
}
