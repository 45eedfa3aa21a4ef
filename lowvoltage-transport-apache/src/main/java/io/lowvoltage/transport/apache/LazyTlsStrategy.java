package io.lowvoltage.transport.apache;

import java.net.SocketAddress;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.nio.ssl.TlsStrategy;
import org.apache.hc.core5.net.NamedEndpoint;
import org.apache.hc.core5.reactor.ssl.TransportSecurityLayer;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the TLS strategy on the first {@code https} connection: HttpClient would otherwise make the default
 * {@link SSLContext} (and read the JDK's trust store) when the client is built, even for {@code http} endpoints
 * such as a local dynalite.
 */
final class LazyTlsStrategy implements TlsStrategy {
    private final SSLContext sslContext;
    private volatile TlsStrategy delegate;

    /** @param sslContext the context to use, or {@code null} for the JVM's default */
    LazyTlsStrategy(SSLContext sslContext) {
        this.sslContext = sslContext;
    }

    @Override
    public void upgrade(TransportSecurityLayer sessionLayer, NamedEndpoint endpoint, Object attachment,
            Timeout handshakeTimeout, FutureCallback<TransportSecurityLayer> callback) {
        delegate().upgrade(sessionLayer, endpoint, attachment, handshakeTimeout, callback);
    }

    /** The older form, which HttpClient no longer calls; implemented because the interface requires it. */
    @Deprecated
    @Override
    public boolean upgrade(TransportSecurityLayer sessionLayer, HttpHost host, SocketAddress localAddress,
            SocketAddress remoteAddress, Object attachment, Timeout handshakeTimeout) {
        return delegate().upgrade(sessionLayer, host, localAddress, remoteAddress, attachment, handshakeTimeout);
    }

    private TlsStrategy delegate() {
        TlsStrategy strategy = delegate;
        if (strategy == null) {
            synchronized (this) {
                strategy = delegate;
                if (strategy == null) {
                    ClientTlsStrategyBuilder builder = ClientTlsStrategyBuilder.create();
                    if (sslContext != null) {
                        builder.setSslContext(sslContext);
                    }
                    strategy = builder.buildAsync();
                    delegate = strategy;
                }
            }
        }
        return strategy;
    }
}
