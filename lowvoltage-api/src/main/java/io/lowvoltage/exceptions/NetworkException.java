package io.lowvoltage.exceptions;

import io.lowvoltage.internal.CertificateFailures;
import java.io.IOException;

/**
 * No answer came back from DynamoDB: the connection was refused, reset or timed out. The cause is the
 * transport's {@link IOException}. Retryable, though a write may or may not have been applied; except when the
 * client refused the server's TLS certificate ({@link #isCertificateRejected()}), which fails the same way on
 * every attempt.
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
        return !isCertificateRejected();
    }

    /**
     * @return whether the client refused the server's TLS certificate: not trusted (see the
     *     {@code javax.net.ssl.trustStore} system property, or the transport's SSL context) or not issued for the
     *     endpoint's host name
     */
    public boolean isCertificateRejected() {
        return CertificateFailures.isRefusal(getCause());
    }
}
