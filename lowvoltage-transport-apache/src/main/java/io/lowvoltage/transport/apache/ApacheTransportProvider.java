package io.lowvoltage.transport.apache;

import io.lowvoltage.spi.Transport;
import io.lowvoltage.spi.TransportProvider;
import io.lowvoltage.spi.TransportSettings;

/**
 * Makes an {@link ApacheTransport}: the provider that {@code lowvoltage-transport-apache} registers in
 * {@code META-INF/services/io.lowvoltage.spi.TransportProvider}.
 *
 * <p>Stateless and thread-safe; constructing one does nothing. Its id is {@code apache}, the value of
 * {@code -Dlowvoltage.transport=apache}. Its priority, 200, ranks it above {@code jdk} (100) and below
 * {@code netty} (300): whoever added Apache HttpClient to the class path meant to use it.
 */
public final class ApacheTransportProvider implements TransportProvider {
    /** Creates the provider, for {@link java.util.ServiceLoader}. */
    public ApacheTransportProvider() {
    }

    /** @return {@code apache} */
    @Override
    public String id() {
        return "apache";
    }

    /** @return 200 */
    @Override
    public int priority() {
        return 200;
    }

    /**
     * @param settings the timeouts to honour
     * @return a new {@link ApacheTransport}, owned (and closed) by the caller
     */
    @Override
    public Transport create(TransportSettings settings) {
        return ApacheTransport.create(settings);
    }

    @Override
    public String toString() {
        return "ApacheTransportProvider{id=apache, priority=200}";
    }
}
