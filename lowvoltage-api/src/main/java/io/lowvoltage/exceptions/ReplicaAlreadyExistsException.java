package io.lowvoltage.exceptions;

/** DynamoDB error {@code ReplicaAlreadyExistsException}: the replica exists already. */
public final class ReplicaAlreadyExistsException extends ClientException {
    /** @param error what DynamoDB said */
    public ReplicaAlreadyExistsException(ServiceError error) {
        super(error);
    }
}
