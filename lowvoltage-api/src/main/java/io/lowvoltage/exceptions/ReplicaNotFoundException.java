package io.lowvoltage.exceptions;

/** DynamoDB error {@code ReplicaNotFoundException}: the replica does not exist. */
public final class ReplicaNotFoundException extends ClientException {
    /** @param error what DynamoDB said */
    public ReplicaNotFoundException(ServiceError error) {
        super(error);
    }
}
