package io.lowvoltage.transport.jdk;

import io.lowvoltage.spi.Transport;
import io.lowvoltage.spi.TransportProvider;
import io.lowvoltage.spi.TransportSettings;

/**
 * Makes a {@link JdkTransport}: the provider that {@code lowvoltage-transport-jdk} registers in
 * {@code META-INF/services/io.lowvoltage.spi.TransportProvider}.
 *
 * <p>Stateless and thread-safe; constructing one does nothing. Its id is {@code jdk}, the value of
 * {@code -Dlowvoltage.transport=jdk}. Its priority, 100, is the lowest of the first-party transports: this one
 * needs no dependency, so adding a heavier transport to the class path means choosing that one.
 */
public final class JdkTransportProvider implements TransportProvider {
    /** Creates the provider, for {@link java.util.ServiceLoader}. */
    public JdkTransportProvider() {
    }

    /** @return {@code jdk} */
    @Override
    public String id() {
        return "jdk";
    }

    /** @return 100 */
    @Override
    public int priority() {
        return 100;
    }

    /**
     * @param settings the timeouts to honour
     * @return a new {@link JdkTransport}, owned (and closed) by the caller
     */
    @Override
    public Transport create(TransportSettings settings) {
        return JdkTransport.create(settings);
    }

    @Override
    public String toString() {
        return "JdkTransportProvider{id=jdk, priority=100}";
    }
}
