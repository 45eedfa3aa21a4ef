package io.lowvoltage.exceptions;

/**
 * DynamoDB answered, but not in a form LowVoltage understands: a malformed body, or an unexpected status. The
 * message quotes what arrived. Not retryable.
 */
public final class UnknownException extends LowVoltageException {
    /**
     * @param message what arrived and for which request
     * @param cause   the parse failure, or {@code null}
     */
    public UnknownException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
