package io.lowvoltage.exceptions;

/**
 * No credentials could be found or loaded to sign a request, so nothing was sent. The message says where the
 * provider looked; it never quotes a secret. Never retryable: fix the configuration.
 */
public class CredentialsException extends LowVoltageException {
    /** @param message where the provider looked and how to supply credentials */
    public CredentialsException(String message) {
        super(message, null);
    }

    /**
     * @param message where the provider looked and how to supply credentials
     * @param cause   what failed while loading them
     */
    public CredentialsException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
