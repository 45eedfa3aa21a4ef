package io.lowvoltage.exceptions;

import java.io.IOException;

/**
 * No answer came back from DynamoDB: the connection was refused, reset or timed out. The cause is the
 * transport's {@link IOException}. Retryable, though a write may or may not have been applied.
 */
public final class NetworkException extends LowVoltageException {
    /**
     * @param message what was being sent, where, and on which attempt
     * @param cause   the transport's failure
     */
    public NetworkException(String message, IOException cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
