package io.lowvoltage.internal;

import java.security.cert.CertificateException;
import javax.net.ssl.SSLPeerUnverifiedException;

/** Tells a refused TLS certificate, which fails the same way on every attempt, from other network failures. */
public final class CertificateFailures {
    private static final int MAX_DEPTH = 16;

    private CertificateFailures() {
    }

    /**
     * @param failure a transport's failure
     * @return whether it, or one of its causes, is a server certificate that the TLS handshake did not trust or
     *     the host-name check did not accept
     */
    public static boolean isRefusal(Throwable failure) {
        // Bounded: a chain of causes may loop
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof CertificateException || t instanceof SSLPeerUnverifiedException) {
                return true;
            }
        }
        return false;
    }
}
