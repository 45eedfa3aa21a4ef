package io.lowvoltage.exceptions;

/** DynamoDB error {@code PolicyNotFoundException}: the resource has no resource policy, or not the revision given. */
public final class PolicyNotFoundException extends ClientException {
    /** @param error what DynamoDB said */
    public PolicyNotFoundException(ServiceError error) {
        super(error);
    }
}
