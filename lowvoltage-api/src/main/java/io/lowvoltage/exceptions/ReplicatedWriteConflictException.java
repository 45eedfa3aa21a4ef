package io.lowvoltage.exceptions;

/** DynamoDB error {@code ReplicatedWriteConflictException}: a write conflicted with a replicated write from another region. Retryable. */
public final class ReplicatedWriteConflictException extends ClientException {
    /** @param error what DynamoDB said */
    public ReplicatedWriteConflictException(ServiceError error) {
        super(error);
    }
}
