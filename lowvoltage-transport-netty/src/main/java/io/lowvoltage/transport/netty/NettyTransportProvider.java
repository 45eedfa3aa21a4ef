package io.lowvoltage.transport.netty;

import io.lowvoltage.spi.Transport;
import io.lowvoltage.spi.TransportProvider;
import io.lowvoltage.spi.TransportSettings;

/**
 * Makes a {@link NettyTransport}: the provider that {@code lowvoltage-transport-netty} registers in
 * {@code META-INF/services/io.lowvoltage.spi.TransportProvider}.
 *
 * <p>Stateless and thread-safe; constructing one does nothing, and no event loop starts before
 * {@link #create(TransportSettings)}. Its id is {@code netty}, the value of {@code -Dlowvoltage.transport=netty}.
 * Its priority, 300, is the highest of the first-party transports: whoever added Netty meant to use it. To tune the
 * pool, share event loops or bring a TLS context, build a transport with {@link NettyTransport#builder()} and
 * pass it to the {@code Connection} builder instead.
 */
public final class NettyTransportProvider implements TransportProvider {
    /** Creates the provider, for {@link java.util.ServiceLoader}. */
    public NettyTransportProvider() {
    }

    /** @return {@code netty} */
    @Override
    public String id() {
        return "netty";
    }

    /** @return 300 */
    @Override
    public int priority() {
        return 300;
    }

    /**
     * @param settings the timeouts to honour
     * @return a new {@link NettyTransport} with its own event loops, owned (and closed) by the caller
     */
    @Override
    public Transport create(TransportSettings settings) {
        return NettyTransport.create(settings);
    }

    @Override
    public String toString() {
        return "NettyTransportProvider{id=netty, priority=300}";
    }
}
