package io.lowvoltage.exceptions;

/**
 * An action or a value was invalid, so nothing was sent: a missing mandatory member, or a Java value with no
 * DynamoDB form. The message names the member or attribute path and says how to fix it. Never retryable.
 */
public final class BuilderException extends LowVoltageException {
    /** @param message what is wrong, where, and how to fix it */
    public BuilderException(String message) {
        super(message, null);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
