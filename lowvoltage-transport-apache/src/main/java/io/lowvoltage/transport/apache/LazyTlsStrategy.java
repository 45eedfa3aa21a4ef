package io.lowvoltage.transport.apache;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketAddress;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.nio.ssl.TlsStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.net.NamedEndpoint;
import org.apache.hc.core5.reactor.ssl.TransportSecurityLayer;
import org.apache.hc.core5.ssl.SSLContexts;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the TLS strategies of both clients on the first {@code https} connection: HttpClient would otherwise make
 * the default {@link SSLContext} (and read the JDK's trust store) when a client is built, even for {@code http}
 * endpoints such as a local dynalite. Both strategies share one context.
 */
final class LazyTlsStrategy implements TlsStrategy, TlsSocketStrategy {
    private final SSLContext sslContext;
    private volatile Strategies delegates;

    private record Strategies(TlsStrategy async, TlsSocketStrategy classic) {
    }

    /** @param sslContext the context to use, or {@code null} for the JVM's default */
    LazyTlsStrategy(SSLContext sslContext) {
        this.sslContext = sslContext;
    }

    @Override
    public void upgrade(TransportSecurityLayer sessionLayer, NamedEndpoint endpoint, Object attachment,
            Timeout handshakeTimeout, FutureCallback<TransportSecurityLayer> callback) {
        delegates().async().upgrade(sessionLayer, endpoint, attachment, handshakeTimeout, callback);
    }

    /** The older form, which HttpClient no longer calls; implemented because the interface requires it. */
    @Deprecated
    @Override
    public boolean upgrade(TransportSecurityLayer sessionLayer, HttpHost host, SocketAddress localAddress,
            SocketAddress remoteAddress, Object attachment, Timeout handshakeTimeout) {
        return delegates().async()
                .upgrade(sessionLayer, host, localAddress, remoteAddress, attachment, handshakeTimeout);
    }

    @Override
    public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
            throws IOException {
        return delegates().classic().upgrade(socket, target, port, attachment, context);
    }

    private Strategies delegates() {
        Strategies strategies = delegates;
        if (strategies == null) {
            synchronized (this) {
                strategies = delegates;
                if (strategies == null) {
                    ClientTlsStrategyBuilder builder = ClientTlsStrategyBuilder.create()
                            .setSslContext(sslContext != null ? sslContext : SSLContexts.createDefault());
                    strategies = new Strategies(builder.buildAsync(), builder.buildClassic());
                    delegates = strategies;
                }
            }
        }
        return strategies;
    }
}
