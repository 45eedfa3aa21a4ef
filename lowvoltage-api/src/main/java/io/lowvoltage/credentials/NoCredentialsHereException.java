package io.lowvoltage.credentials;

import io.lowvoltage.exceptions.CredentialsException;

/**
 * A provider found no trace of its source (no variable set, no file, no metadata service): the one failure
 * that lets {@link DefaultCredentialsChain} try the next provider. Any other {@link CredentialsException} is a
 * configuration error and stops the chain.
 */
final class NoCredentialsHereException extends CredentialsException {
    NoCredentialsHereException(String message) {
        super(message);
    }

    NoCredentialsHereException(String message, Throwable cause) {
        super(message, cause);
    }
}
