package io.lowvoltage.transport.apache;

import io.lowvoltage.spi.Transport;
import io.lowvoltage.spi.TransportRequest;
import io.lowvoltage.spi.TransportResponse;
import io.lowvoltage.spi.TransportSettings;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * A {@link Transport} on Apache HttpClient 5: {@link #send} on its async client, driven by a few I/O threads, and
 * {@link #sendBlocking} on its classic client, on the calling thread. Each client keeps its own pool of kept-alive
 * HTTP/1.1 connections (64 per endpoint, 128 in all, by default).
 *
 * <p>Thread-safe: one instance serves any number of concurrent requests. Its owner closes it: a
 * {@code Connection} closes the transport it discovered, and whoever passed one to the builder closes that one.
 * A client passed to {@link Builder#client} stays its owner's: {@link #close()} leaves it open. The returned
 * futures of {@link #send} complete on {@link Builder#executor}, by default a shared pool of daemon threads
 * ({@code lowvoltage-callbacks-apache-<n>}, made on demand, ended after a minute idle), never on an I/O thread, so
 * that a slow callback never stalls the I/O; their deadlines run on one shared daemon thread,
 * {@code lowvoltage-timer-apache}. {@link #sendBlocking} writes and reads on the calling thread, with no
 * executor; the timer aborts it only past its deadline. A blocking socket read does not notice an interrupt: a
 * thread interrupted before {@link #sendBlocking} sends nothing, one interrupted during it waits for the end of
 * its exchange, within the request timeout. With a client given to
 * {@link Builder#client}, {@link #sendBlocking} waits for that client's async exchange instead.
 */
public final class ApacheTransport implements Transport {
    // Not CompletableFuture's default async pool: on 2 cores that starts a new thread per task
    private static final Executor DEFAULT_EXECUTOR = DaemonThreads.cachedPool("lowvoltage-callbacks-apache-");
    private static final AtomicInteger THREAD_COUNT = new AtomicInteger();

    private final TransportSettings settings;
    private final CloseableHttpAsyncClient client;
    // Null with a given client, whose async exchanges sendBlocking then waits for
    private final BlockingClient blockingClient;
    private final boolean ownsClient;
    private final Executor executor;
    private final String description;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean clientClosed = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();

    private ApacheTransport(Builder builder) {
        this.settings = builder.settings;
        this.executor = builder.executor != null ? builder.executor : DEFAULT_EXECUTOR;
        this.ownsClient = builder.client == null;
        LazyTlsStrategy tls = new LazyTlsStrategy(builder.sslContext);
        this.client = ownsClient ? newClient(builder, tls) : builder.client;
        this.blockingClient = ownsClient
                ? new BlockingClient(settings, builder.maxConnections, builder.maxConnectionsPerRoute, tls)
                : null;
        this.description = ownsClient
                ? "Apache HttpClient 5 HTTP/1.1, maxConnections=" + builder.maxConnections + ", maxConnectionsPerRoute="
                        + builder.maxConnectionsPerRoute
                : "Apache HttpClient 5 (given client)";
        client.start();
    }

    /**
     * Creates a transport with its own client, connection pool and I/O threads.
     *
     * @param settings the timeouts to honour
     * @return a new transport, to be closed by the caller
     */
    public static ApacheTransport create(TransportSettings settings) {
        return builder().settings(settings).build();
    }

    /** @return a builder for a transport tuned beyond the portable {@link TransportSettings} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends one request on a pooled connection.
     *
     * @param request the request; its body is sent as is, never modified
     * @return a future completed with the response whatever its status, or exceptionally with an
     *     {@link IOException}: the one HttpClient reported, a {@link SocketTimeoutException} when the whole
     *     exchange outlasts the request timeout, or one saying that this transport is closed
     */
    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        // Counted before the closed check, so that close() never closes the client under this request
        inFlight.incrementAndGet();
        CompletableFuture<TransportResponse> result = new CompletableFuture<>();
        result.whenComplete((response, failure) -> exchangeEnded());
        Completion completion = new Completion(result, executor);
        Future<SimpleHttpResponse> exchange = execute(request, completion);
        if (exchange == null) {
            return result;
        }
        // The response timeout is an idle timeout between reads: this deadline covers the whole exchange, as
        // TransportSettings promises. One task on a shared timer thread, removed from its queue when cancelled;
        // the failure still completes the future on the executor, never on the timer thread.
        ScheduledFuture<?> deadline = Timer.TIMER.schedule(() -> completion.timedOut(request, settings.requestTimeout()),
                settings.requestTimeout().toNanos(), TimeUnit.NANOSECONDS);
        result.whenComplete((response, failure) -> {
            deadline.cancel(false);
            if (failure != null) {
                // Aborts the exchange and discards its connection: needed when the deadline or the caller gave up
                exchange.cancel(true);
            }
        });
        return result;
    }

    /**
     * Sends one request on a pooled connection of the classic client, writing and reading on the calling thread.
     *
     * @param request the request; its body is sent as is, never modified
     * @return the response whatever its status
     * @throws IOException the one HttpClient reported, a {@link SocketTimeoutException} when the whole exchange
     *     outlasts the request timeout, or one saying that this transport is closed;
     *     {@link InterruptedIOException} when interrupted before sending, or while waiting for a given client's
     *     exchange, with the interrupt flag set
     */
    @Override
    public TransportResponse sendBlocking(TransportRequest request) throws IOException {
        if (blockingClient == null) {
            return awaitAsync(request);
        }
        // Counted before the closed check, so that close() never closes the client under this request
        inFlight.incrementAndGet();
        try {
            if (closed.get()) {
                throw closed(request);
            }
            // The socket reads will not notice an interrupt, so a thread already interrupted never starts
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("Interrupted before sending " + request);
            }
            return blockingClient.send(request);
        } finally {
            exchangeEnded();
        }
    }

    /** Sends on the given async client and waits for the I/O thread to hand the response over directly. */
    private TransportResponse awaitAsync(TransportRequest request) throws IOException {
        long timeout = settings.requestTimeout().toNanos();
        inFlight.incrementAndGet();
        CompletableFuture<TransportResponse> result = new CompletableFuture<>();
        // Only this thread waits on the result, so completing it on the I/O thread runs nobody's callbacks there
        Future<SimpleHttpResponse> exchange = execute(request, new Completion(result, null));
        boolean answered = false;
        try {
            TransportResponse response = result.get(timeout, TimeUnit.NANOSECONDS);
            answered = true;
            return response;
        } catch (TimeoutException e) {
            throw new SocketTimeoutException("No complete response to " + request + " within the request timeout"
                    + " of " + settings.requestTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for " + request);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        } finally {
            if (!answered && exchange != null) {
                // Aborts the exchange and discards its connection: needed when the deadline or the caller gave up
                exchange.cancel(true);
            }
            exchangeEnded();
        }
    }

    /** @return the exchange under way, or null when it could not start, and the completion then failed */
    private Future<SimpleHttpResponse> execute(TransportRequest request, Completion completion) {
        if (closed.get()) {
            completion.result.completeExceptionally(closed(request));
            return null;
        }
        try {
            return client.execute(SimpleRequestProducer.create(toHttpRequest(request)),
                    new ReleaseAwareConsumer(SimpleResponseConsumer.create(), completion), null,
                    HttpClientContext.create(), completion);
        } catch (RuntimeException e) {
            completion.result.completeExceptionally(e);
            return null;
        }
    }

    private static IOException closed(TransportRequest request) {
        return new IOException("Cannot send " + request + ": this ApacheTransport is closed. Send with an open"
                + " transport, or a new Connection, which creates its own.");
    }

    /**
     * Refuses new requests and, once the requests in flight are done (within the request timeout), closes the
     * clients, their connections and I/O threads, unless the client was given to the builder. Idempotent; requests
     * sent afterwards fail with an {@link IOException}.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && inFlight.get() == 0) {
            closeClient();
        }
    }

    @Override
    public String toString() {
        return "ApacheTransport{" + description + ", connectTimeout=" + settings.connectTimeout() + ", requestTimeout="
                + settings.requestTimeout() + (closed.get() ? ", closed}" : "}");
    }

    private void exchangeEnded() {
        if (inFlight.decrementAndGet() == 0 && closed.get()) {
            closeClient();
        }
    }

    private void closeClient() {
        if (ownsClient && clientClosed.compareAndSet(false, true)) {
            // Nothing is in flight: there is nothing to wait for, and IMMEDIATE never blocks an I/O thread
            client.close(CloseMode.IMMEDIATE);
            blockingClient.close();
        }
    }

    private static CloseableHttpAsyncClient newClient(Builder builder, LazyTlsStrategy tls) {
        TransportSettings settings = builder.settings;
        Timeout connectTimeout = Timeout.of(settings.connectTimeout());
        Timeout requestTimeout = Timeout.of(settings.requestTimeout());
        return HttpAsyncClients.custom()
                .setIOReactorConfig(IOReactorConfig.custom()
                        .setTcpNoDelay(true)
                        .setIoThreadCount(builder.ioThreads)
                        .build())
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(builder.maxConnections)
                        .setMaxConnPerRoute(builder.maxConnectionsPerRoute)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(connectTimeout)
                                .setSocketTimeout(requestTimeout)
                                .build())
                        // Plain http is HTTP/1.1 already; this keeps TLS from negotiating HTTP/2 with ALPN
                        .setDefaultTlsConfig(TlsConfig.custom().setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1).build())
                        .setTlsStrategy(tls)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(requestTimeout)
                        .setResponseTimeout(requestTimeout)
                        .build())
                .setThreadFactory(task -> {
                    Thread thread = new Thread(task, "lowvoltage-apache-" + THREAD_COUNT.incrementAndGet());
                    // A Connection left open must not keep the JVM alive
                    thread.setDaemon(true);
                    return thread;
                })
                // Retries are the api's RetryPolicy; the CRC32 of DynamoDB covers the body as sent
                .disableAutomaticRetries()
                .disableContentCompression()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    private static SimpleHttpRequest toHttpRequest(TransportRequest request) {
        SimpleHttpRequest httpRequest = SimpleHttpRequest.create(request.method(), request.uri());
        String contentType = HttpMessages.copyHeaders(request, httpRequest);
        if (request.body().length > 0) {
            // The Content-Type header is already set, so the entity's type is never written twice
            httpRequest.setBody(request.body(),
                    contentType == null ? ContentType.APPLICATION_OCTET_STREAM : ContentType.parse(contentType));
        }
        return httpRequest;
    }

    /**
     * Hands the outcome from the I/O thread to the executor (or straight to the thread waiting in
     * {@link #sendBlocking}), as a response or an {@link IOException}. A response
     * waits until HttpClient has put its connection back in the pool, so that the caller's next request finds it
     * there instead of opening another.
     */
    private static final class Completion implements FutureCallback<SimpleHttpResponse> {
        final CompletableFuture<TransportResponse> result;
        // Null: complete on the calling thread, for sendBlocking, whose result nobody else sees
        private final Executor executor;
        private final AtomicBoolean finished = new AtomicBoolean();
        private volatile SimpleHttpResponse response;
        private volatile boolean released;

        Completion(CompletableFuture<TransportResponse> result, Executor executor) {
            this.result = result;
            this.executor = executor;
        }

        @Override
        public void completed(SimpleHttpResponse completed) {
            response = completed;
            if (released) {
                respond(completed);
            }
        }

        void released() {
            released = true;
            SimpleHttpResponse completed = response;
            if (completed != null) {
                respond(completed);
            }
        }

        @Override
        public void failed(Exception failure) {
            Throwable cause = failure instanceof HttpException protocol
                    ? new IOException("Malformed HTTP exchange: " + protocol.getMessage(), protocol)
                    : failure;
            finish(() -> result.completeExceptionally(cause));
        }

        @Override
        public void cancelled() {
            finish(() -> result.completeExceptionally(new IOException("The exchange was cancelled")));
        }

        void timedOut(TransportRequest request, Duration timeout) {
            finish(() -> result.completeExceptionally(new SocketTimeoutException("No complete response to " + request
                    + " within the request timeout of " + timeout)));
        }

        private void respond(SimpleHttpResponse completed) {
            finish(() -> result.complete(HttpMessages.toTransportResponse(completed, completed.getBodyBytes())));
        }

        private void finish(Runnable completion) {
            if (finished.compareAndSet(false, true)) {
                if (executor == null) {
                    completion.run();
                } else {
                    executor.execute(completion);
                }
            }
        }
    }

    /** The deadlines of both clients: one daemon thread, shared, started on first use. */
    static final class Timer {
        static final ScheduledThreadPoolExecutor TIMER = DaemonThreads.timer("lowvoltage-timer-apache");
    }

    /** Tells the {@link Completion} when HttpClient releases the exchange, which it does after the connection. */
    private static final class ReleaseAwareConsumer implements AsyncResponseConsumer<SimpleHttpResponse> {
        private final AsyncResponseConsumer<SimpleHttpResponse> delegate;
        private final Completion completion;

        ReleaseAwareConsumer(AsyncResponseConsumer<SimpleHttpResponse> delegate, Completion completion) {
            this.delegate = delegate;
            this.completion = completion;
        }

        @Override
        public void consumeResponse(HttpResponse response, EntityDetails entity, HttpContext context,
                FutureCallback<SimpleHttpResponse> callback) throws HttpException, IOException {
            delegate.consumeResponse(response, entity, context, callback);
        }

        @Override
        public void informationResponse(HttpResponse response, HttpContext context) throws HttpException, IOException {
            delegate.informationResponse(response, context);
        }

        @Override
        public void updateCapacity(CapacityChannel channel) throws IOException {
            delegate.updateCapacity(channel);
        }

        @Override
        public void consume(ByteBuffer data) throws IOException {
            delegate.consume(data);
        }

        @Override
        public void streamEnd(List<? extends Header> trailers) throws HttpException, IOException {
            delegate.streamEnd(trailers);
        }

        @Override
        public void failed(Exception cause) {
            delegate.failed(cause);
        }

        @Override
        public void releaseResources() {
            delegate.releaseResources();
            completion.released();
        }
    }

    /**
     * Builds an {@link ApacheTransport} tuned beyond the portable {@link TransportSettings}. Not thread-safe.
     *
     * <pre>{@code
     * ApacheTransport transport = ApacheTransport.builder()
     *     .settings(TransportSettings.builder().requestTimeout(Duration.ofSeconds(5)).build())
     *     .maxConnectionsPerRoute(256)
     *     .sslContext(privateCaContext)
     *     .build();
     * }</pre>
     */
    public static final class Builder {
        private TransportSettings settings = TransportSettings.defaults();
        private SSLContext sslContext;
        private Executor executor;
        private CloseableHttpAsyncClient client;
        private int maxConnections = 128;
        private int maxConnectionsPerRoute = 64;
        private int ioThreads = Runtime.getRuntime().availableProcessors();
        private boolean tuned;

        private Builder() {
        }

        /**
         * @param settings the timeouts to honour; defaults to {@link TransportSettings#defaults()}. With a given
         *                 {@link #client}, only the request timeout applies: the connect timeout is the client's
         * @return this builder
         */
        public Builder settings(TransportSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * Makes TLS connections with this context, for example one that trusts a private certificate authority.
         * Without one, the JVM's default TLS setup is used. Either way, TLS is set up only when the first
         * connection to an {@code https} endpoint opens.
         *
         * @param sslContext an initialised context
         * @return this builder
         */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
            tuned = true;
            return this;
        }

        /**
         * @param maxConnections the most connections open at once, to all endpoints, in each of the two pools (of
         *                       the blocking and of the async client); defaults to 128
         * @return this builder
         */
        public Builder maxConnections(int maxConnections) {
            this.maxConnections = positive(maxConnections, "maxConnections");
            tuned = true;
            return this;
        }

        /**
         * @param maxConnectionsPerRoute the most connections open at once to one endpoint in each of the two
         *                               pools, hence the most requests of each kind in flight to it; defaults to
         *                               64
         * @return this builder
         */
        public Builder maxConnectionsPerRoute(int maxConnectionsPerRoute) {
            this.maxConnectionsPerRoute = positive(maxConnectionsPerRoute, "maxConnectionsPerRoute");
            tuned = true;
            return this;
        }

        /**
         * @param ioThreads the I/O threads that drive every connection of {@link ApacheTransport#send}; defaults
         *                  to the number of processors
         * @return this builder
         */
        public Builder ioThreads(int ioThreads) {
            this.ioThreads = positive(ioThreads, "ioThreads");
            tuned = true;
            return this;
        }

        /**
         * @param executor completes the futures of {@link ApacheTransport#send}, hence runs callers' callbacks;
         *                 defaults to a shared pool of daemon threads, made on demand
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Sends with this client instead of making one, for an application that already tunes and shares one:
         * both {@link ApacheTransport#send} and {@link ApacheTransport#sendBlocking}, which then waits for an I/O
         * thread. The transport starts it if needed and never closes it; the other tuning methods of this builder
         * then do not apply.
         *
         * @param client the client, owned and closed by the caller
         * @return this builder
         */
        public Builder client(CloseableHttpAsyncClient client) {
            this.client = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * @return a new transport, to be closed by the caller
         * @throws IllegalStateException when both a client and tuning for the client this builder makes were set
         */
        public ApacheTransport build() {
            if (client != null && tuned) {
                throw new IllegalStateException("ApacheTransport.builder() got client(...) and also sslContext, pool"
                        + " or I/O thread tuning, which only applies to a client it makes: tune the given client"
                        + " itself, or drop client(...)");
            }
            return new ApacheTransport(this);
        }

        private static int positive(int value, String name) {
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be positive, got " + value);
            }
            return value;
        }
    }
}
