package io.lowvoltage.exceptions;

/**
 * The root of every exception LowVoltage throws. All are unchecked.
 *
 * <ul>
 *   <li>{@link ClientException}: DynamoDB rejected the request (HTTP 4xx), one subclass per DynamoDB error;</li>
 *   <li>{@link ServerException}: DynamoDB failed to process it (HTTP 5xx);</li>
 *   <li>{@link NetworkException}: no answer arrived (connection refused, reset, timed out);</li>
 *   <li>{@link UnknownException}: an answer arrived that LowVoltage could not understand;</li>
 *   <li>{@link BuilderException}: the request was invalid and was never sent;</li>
 *   <li>{@link CredentialsException}: no credentials could be found to sign it.</li>
 * </ul>
 * Each knows whether trying again may succeed ({@link #isRetryable()}); the connection's retry policy decides
 * whether it does.
 */
public abstract class LowVoltageException extends RuntimeException {
    /**
     * @param message what failed and what to do
     * @param cause   the underlying failure, or {@code null}
     */
    protected LowVoltageException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @return whether the same request may succeed if sent again */
    public abstract boolean isRetryable();
}
