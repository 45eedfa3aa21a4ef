package io.lowvoltage.transport.apache;

import io.lowvoltage.spi.TransportRequest;
import io.lowvoltage.spi.TransportResponse;
import io.lowvoltage.spi.TransportSettings;
import java.io.IOException;
import java.net.SocketTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * The blocking half of {@link ApacheTransport}: HttpClient 5's classic client, on which the calling thread writes
 * the request and reads the response itself. The async client would hand the request to an I/O thread and the
 * response back, two thread wake-ups that cost more than the rest of a call on a kept-alive connection.
 */
final class BlockingClient {
    private final CloseableHttpClient client;
    private final TransportSettings settings;
    private final Deadlines deadlines;

    /**
     * @param settings               the timeouts to honour
     * @param maxConnections         the most connections of this client's pool, to all endpoints
     * @param maxConnectionsPerRoute the most connections of this client's pool to one endpoint
     * @param tls                    sets up TLS on the first {@code https} connection
     */
    BlockingClient(TransportSettings settings, int maxConnections, int maxConnectionsPerRoute, LazyTlsStrategy tls) {
        this.settings = settings;
        this.deadlines = new Deadlines(settings.requestTimeout());
        Timeout connectTimeout = Timeout.of(settings.connectTimeout());
        Timeout requestTimeout = Timeout.of(settings.requestTimeout());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(maxConnections)
                        .setMaxConnPerRoute(maxConnectionsPerRoute)
                        // The request is small: its head and body leave in one write, which TCP_NODELAY sends at once
                        .setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true).build())
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(connectTimeout)
                                .setSocketTimeout(requestTimeout)
                                .build())
                        .setTlsSocketStrategy(tls)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(requestTimeout)
                        .setResponseTimeout(requestTimeout)
                        .build())
                // Retries are the api's RetryPolicy; the CRC32 of DynamoDB covers the body as sent
                .disableAutomaticRetries()
                .disableContentCompression()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    /**
     * Sends on the calling thread. The socket timeout bounds each wait for bytes; the {@link Deadlines} abort the
     * exchange when the whole of it outlasts the request timeout.
     *
     * @param request the request; its body is sent as is, never modified
     * @return the response whatever its status
     * @throws IOException the one HttpClient reported, or a {@link SocketTimeoutException} past the deadline
     */
    TransportResponse send(TransportRequest request) throws IOException {
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(), request.uri());
        HttpMessages.copyHeaders(request, http);
        if (request.body().length > 0) {
            // No entity content type: the request's own Content-Type header is the one sent
            http.setEntity(new ByteArrayEntity(request.body(), null));
        }
        Deadlines.Watch deadline = deadlines.start(http);
        try {
            return client.execute(http, response -> HttpMessages.toTransportResponse(response,
                    response.getEntity() == null ? null : EntityUtils.toByteArray(response.getEntity())));
        } catch (IOException e) {
            if (deadline.expired()) {
                throw new SocketTimeoutException("No complete response to " + request + " within the request timeout"
                        + " of " + settings.requestTimeout());
            }
            throw e;
        } finally {
            deadlines.end(deadline);
        }
    }

    /** Closes the pooled connections at once: call it with nothing in flight. */
    void close() {
        client.close(CloseMode.IMMEDIATE);
    }
}
