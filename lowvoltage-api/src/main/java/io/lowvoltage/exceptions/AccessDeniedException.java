package io.lowvoltage.exceptions;

/** DynamoDB error {@code AccessDeniedException}: the credentials are not allowed to perform this operation. */
public final class AccessDeniedException extends ClientException {
    /** @param error what DynamoDB said */
    public AccessDeniedException(ServiceError error) {
        super(error);
    }
}
