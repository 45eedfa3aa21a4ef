package io.lowvoltage.internal.spi;

import io.lowvoltage.spi.TransportRequest;
import java.net.URI;
import java.util.Map;

/**
 * Not API. Creates {@link TransportRequest}s without the defensive copy and the checks of
 * {@link TransportRequest#of}, for LowVoltage's own hot paths (the connection, the signer), which build header maps
 * they know to be valid and never touch again.
 */
public final class TrustedRequests {
    /** Implemented by {@link TransportRequest} itself, which registers it when its class initialises. */
    @FunctionalInterface
    public interface Factory {
        /**
         * @param headers valid headers (no {@code Host}, no {@code Content-Length}, no null value), never modified
         *                afterwards: used as they are, wrapped unmodifiable
         * @return the request
         */
        TransportRequest create(String method, URI uri, Map<String, String> headers, byte[] body);
    }

    private static volatile Factory factory;

    private TrustedRequests() {
    }

    /**
     * Called once, by {@link TransportRequest}'s static initialiser.
     *
     * @param f the factory
     * @throws IllegalStateException when one was registered already
     */
    public static synchronized void register(Factory f) {
        if (factory != null) {
            throw new IllegalStateException("TrustedRequests has its factory already");
        }
        factory = f;
    }

    /**
     * @param headers valid headers, in sending order, never modified afterwards (see {@link Factory#create})
     * @return a request over those headers, without copying them
     */
    public static TransportRequest create(String method, URI uri, Map<String, String> headers, byte[] body) {
        Factory f = factory;
        if (f == null) {
            initialise();
            f = factory;
        }
        return f.create(method, uri, headers, body);
    }

    private static void initialise() {
        try {
            Class.forName(TransportRequest.class.getName(), true, TransportRequest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
