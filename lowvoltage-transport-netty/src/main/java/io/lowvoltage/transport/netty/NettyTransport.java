package io.lowvoltage.transport.netty;

import io.lowvoltage.spi.Transport;
import io.lowvoltage.spi.TransportRequest;
import io.lowvoltage.spi.TransportResponse;
import io.lowvoltage.spi.TransportSettings;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoEventLoop;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.pool.AbstractChannelPoolHandler;
import io.netty.channel.pool.AbstractChannelPoolMap;
import io.netty.channel.pool.FixedChannelPool;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.ssl.SslProvider;
import io.netty.util.AttributeKey;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;

/**
 * A {@link Transport} on Netty's {@code netty-codec-http}: HTTP/1.1 on kept-alive connections, pooled per endpoint
 * (scheme, host and port) by Netty's {@link FixedChannelPool}.
 *
 * <p>Thread-safe: one instance serves any number of concurrent requests. Its owner closes it: a
 * {@code Connection} closes the transport it discovered, and whoever passed one to the builder closes that one.
 * Unless {@linkplain Builder#eventLoopGroup given a group}, the transport runs its own event loops on daemon threads
 * named {@code lowvoltage-netty-*}: native epoll when {@code netty-transport-native-epoll} for the platform is on
 * the class path, NIO otherwise. The futures of {@link #send} complete on a shared pool of daemon threads
 * ({@code lowvoltage-callbacks-netty-<n>}, made on demand, ended after a minute idle), never on an event loop;
 * {@link #sendBlocking} waits on the calling thread, to which the event loop hands the response directly.
 */
public final class NettyTransport implements Transport {
    /** The largest response body accepted; DynamoDB's largest (BatchGetItem) is 16 MB. */
    static final int MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
    static final int DEFAULT_MAX_CONNECTIONS_PER_ENDPOINT = 256;
    /** Headers this transport writes itself, or that would break the exchange (as the jdk transport skips them). */
    private static final Set<String> OWN_HEADERS = Set.of("connection", "keep-alive", "expect", "upgrade",
            "transfer-encoding");
    private static final AttributeKey<Exchange> EXCHANGE = AttributeKey.valueOf(NettyTransport.class, "exchange");
    /** A connection's TLS handler, kept past its close: the pipeline is emptied then, the attribute is not. */
    private static final AttributeKey<SslHandler> TLS = AttributeKey.valueOf(NettyTransport.class, "tls");
    private static final ChannelHandler RESPONSE_HANDLER = new ResponseHandler();
    // Callers' callbacks run where the future completes. On an event loop, a slow callback would stall every
    // connection of that loop, and one calling sendBlocking would wait for the very thread it blocks: deadlock.
    // Not the common pool either: on 2 cores it has one worker, and every completion would queue behind the others.
    private static final Executor COMPLETER = completer();
    private static final long QUIET_PERIOD_MILLIS = 50;
    private static final long SHUTDOWN_TIMEOUT_MILLIS = 2_000;

    private final TransportSettings settings;
    private final int maxConnectionsPerEndpoint;
    private final EventLoopGroup group;
    private final boolean ownsGroup;
    private final boolean epoll;
    private final Bootstrap bootstrap;
    private final AbstractChannelPoolMap<Endpoint, FixedChannelPool> pools;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean released = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile SslContext sslContext;

    private NettyTransport(Builder builder) {
        this.settings = builder.settings;
        this.maxConnectionsPerEndpoint = builder.maxConnectionsPerEndpoint;
        this.sslContext = builder.sslContext;
        this.ownsGroup = builder.eventLoopGroup == null;
        this.group = ownsGroup ? newEventLoopGroup() : builder.eventLoopGroup;
        this.epoll = Epoll.isAvailable() && group.next() instanceof IoEventLoop loop
                && loop.isIoType(EpollIoHandler.class);
        Class<? extends SocketChannel> channelType = epoll ? EpollSocketChannel.class : NioSocketChannel.class;
        this.bootstrap = new Bootstrap()
                .group(group)
                .channel(channelType)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, millis(settings.connectTimeout().toMillis()))
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, true);
        this.pools = new AbstractChannelPoolMap<>() {
            @Override
            protected FixedChannelPool newPool(Endpoint endpoint) {
                return new FixedChannelPool(bootstrap.clone().remoteAddress(endpoint.address(), endpoint.port()),
                        new PoolHandler(endpoint), maxConnectionsPerEndpoint);
            }
        };
    }

    /**
     * Creates a transport with its own event loops and connection pools.
     *
     * @param settings the timeouts to honour
     * @return a new transport, to be closed by the caller
     */
    public static NettyTransport create(TransportSettings settings) {
        return builder().settings(settings).build();
    }

    /** @return a new transport with {@link TransportSettings#defaults()}, to be closed by the caller */
    public static NettyTransport create() {
        return builder().build();
    }

    /** @return a builder for a transport tuned beyond {@link TransportSettings} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends one request on a pooled connection to its endpoint, opening one when none is idle and fewer than
     * {@link Builder#maxConnectionsPerEndpoint} are open, or waiting for one otherwise.
     *
     * @param request the request; its body is sent as is, never modified
     * @return a future completed with the response whatever its status, or exceptionally with an
     *     {@link IOException}: {@link java.net.ConnectException} when no connection opens,
     *     {@link HttpTimeoutException} when the whole exchange outlasts the request timeout, an
     *     {@link javax.net.ssl.SSLException} when TLS fails, or a plain {@link IOException} when the connection
     *     breaks or this transport is closed. An unsupported URI scheme fails with {@link IllegalArgumentException}
     */
    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        return start(request, COMPLETER);
    }

    /**
     * Sends one request as {@link #send} does, and waits on the calling thread for the response, which the event
     * loop hands over directly: the deadline of the exchange, on the event loop, bounds the wait.
     *
     * @param request the request; its body is sent as is, never modified
     * @return the response whatever its status
     * @throws IOException as the future of {@link #send} fails; {@link InterruptedIOException} when interrupted,
     *     with the interrupt flag set, after cancelling the exchange
     */
    @Override
    public TransportResponse sendBlocking(TransportRequest request) throws IOException {
        // Only this thread waits on the result, so completing it on the event loop runs nobody's callbacks there
        CompletableFuture<TransportResponse> result = start(request, null);
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
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
        }
    }

    private CompletableFuture<TransportResponse> start(TransportRequest request, Executor completer) {
        // Counted before the closed check, so that close() never shuts the event loops down under this request
        inFlight.incrementAndGet();
        Exchange exchange;
        try {
            if (closed.get()) {
                throw closed(request);
            }
            Endpoint endpoint = Endpoint.of(request.uri());
            if (endpoint.https()) {
                // Made on first use, here rather than on an event loop, so that a failure fails this request
                sslContext();
            }
            exchange = new Exchange(request, endpoint, pools.get(endpoint), completer);
        } catch (IOException | RuntimeException e) {
            exchangeEnded();
            return CompletableFuture.failedFuture(e);
        }
        exchange.start();
        return exchange.result;
    }

    /**
     * Closes the pools with their connections, and stops the event loops this transport created (never a group
     * given to the builder). Idempotent, and never blocks. Requests sent afterwards fail with an
     * {@link IOException}. Requests in flight still complete, within their request timeout: the pools and event
     * loops go once the last one ends, and none of their connections is reused.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && inFlight.get() == 0) {
            release();
        }
    }

    @Override
    public String toString() {
        return "NettyTransport{" + (epoll ? "epoll" : "nio") + ", maxConnectionsPerEndpoint="
                + maxConnectionsPerEndpoint + ", connectTimeout=" + settings.connectTimeout() + ", requestTimeout="
                + settings.requestTimeout() + (closed.get() ? ", closed}" : "}");
    }

    /** @return whether this transport runs on native epoll rather than NIO */
    boolean usesEpoll() {
        return epoll;
    }

    /** @return the event loops, for tests */
    EventLoopGroup eventLoopGroup() {
        return group;
    }

    private void exchangeEnded() {
        if (inFlight.decrementAndGet() == 0 && closed.get()) {
            release();
        }
    }

    private void release() {
        if (!released.compareAndSet(false, true)) {
            return;
        }
        // Not pools.close(): that blocks on each pool, and would throw if called on an event loop
        for (Map.Entry<Endpoint, FixedChannelPool> entry : pools) {
            entry.getValue().closeAsync();
        }
        if (ownsGroup) {
            group.shutdownGracefully(QUIET_PERIOD_MILLIS, SHUTDOWN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private SslContext sslContext() throws SSLException {
        SslContext context = sslContext;
        if (context == null) {
            synchronized (this) {
                context = sslContext;
                if (context == null) {
                    context = SslContextBuilder.forClient()
                            .sslProvider(SslProvider.JDK)
                            .endpointIdentificationAlgorithm("HTTPS")
                            .build();
                    sslContext = context;
                }
            }
        }
        return context;
    }

    /** Package-private for tests. */
    SslHandler newSslHandler(ByteBufAllocator allocator, String host, int port) {
        // The host and port go to the engine for SNI and for checking the server's certificate against the host
        SslHandler handler = sslContext.newHandler(allocator, host, port);
        handler.setHandshakeTimeoutMillis(settings.connectTimeout().toMillis());
        // Also on a context given to the builder: without it, any trusted certificate would do for any host
        SSLEngine engine = handler.engine();
        SSLParameters parameters = engine.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        engine.setSSLParameters(parameters);
        return handler;
    }

    private static EventLoopGroup newEventLoopGroup() {
        IoHandlerFactory io = Epoll.isAvailable() ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        // Daemon threads: a Connection left open must not keep the JVM alive
        return new MultiThreadIoEventLoopGroup(0, new DefaultThreadFactory("lowvoltage-netty", true), io);
    }

    private static FullHttpRequest toHttpRequest(TransportRequest request, Endpoint endpoint) {
        URI uri = request.uri();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        // Wrapped, not copied: Netty only reads the body, and the request promises nobody writes it
        FullHttpRequest http = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1,
                HttpMethod.valueOf(request.method()), target, Unpooled.wrappedBuffer(request.body()));
        try {
            HttpHeaders headers = http.headers();
            headers.set(HttpHeaderNames.HOST, endpoint.hostHeader());
            request.headers().forEach((name, value) -> {
                if (!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                    headers.add(name, value);
                }
            });
            headers.set(HttpHeaderNames.CONTENT_LENGTH, request.body().length);
            headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            return http;
        } catch (RuntimeException e) {
            http.release();
            throw e;
        }
    }

    private static TransportResponse toTransportResponse(FullHttpResponse response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, String> header : response.headers()) {
            headers.merge(header.getKey().toLowerCase(Locale.ROOT), header.getValue(), (a, b) -> a + "," + b);
        }
        return TransportResponse.of(response.status().code(), headers, ByteBufUtil.getBytes(response.content()));
    }

    private static IOException asIOException(Throwable cause, String message) {
        return cause instanceof IOException io ? io : new IOException(message + ": " + cause, cause);
    }

    private static IOException closed(TransportRequest request) {
        return new IOException("Cannot send " + request + ": this NettyTransport is closed. Send with an open"
                + " transport, or a new Connection, which creates its own.");
    }

    private static Executor completer() {
        AtomicInteger count = new AtomicInteger();
        // Threads as completions need them, ended after a minute idle; daemons, never keeping the JVM alive
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
            Thread thread = new Thread(task, "lowvoltage-callbacks-netty-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    private static int millis(long millis) {
        return (int) Math.min(Integer.MAX_VALUE, millis);
    }

    /** One request and its response: whichever of response, failure, timeout or cancel comes first wins. */
    private final class Exchange {
        final CompletableFuture<TransportResponse> result = new CompletableFuture<>();
        private final TransportRequest request;
        private final Endpoint endpoint;
        private final FixedChannelPool pool;
        // Null: complete the result where the exchange ends, for sendBlocking, whose result nobody else sees
        private final Executor completer;
        private volatile ScheduledFuture<?> deadline;
        private Channel channel;
        private boolean done;

        Exchange(TransportRequest request, Endpoint endpoint, FixedChannelPool pool, Executor completer) {
            this.request = request;
            this.endpoint = endpoint;
            this.pool = pool;
            this.completer = completer;
        }

        void start() {
            try {
                // From send to the last byte, so waiting for a pooled connection and connecting count too
                deadline = group.next().schedule(this::timedOut, settings.requestTimeout().toNanos(),
                        TimeUnit.NANOSECONDS);
                pool.acquire().addListener((Future<Channel> acquired) -> {
                    if (acquired.isSuccess()) {
                        write(acquired.getNow());
                    } else {
                        fail(closed.get() ? closed(request) : asIOException(acquired.cause(),
                                "No connection to " + endpoint + " for " + request));
                    }
                });
            } catch (RuntimeException e) {
                // RejectedExecutionException: a group given to the builder was shut down
                fail(asIOException(e, "Cannot send " + request + " on " + group));
            }
            result.whenComplete((response, failure) -> {
                if (failure instanceof CancellationException) {
                    finish(null, failure, false);
                }
            });
        }

        private void write(Channel acquired) {
            boolean attached;
            synchronized (this) {
                attached = !done;
                if (attached) {
                    channel = acquired;
                }
            }
            if (!attached) {
                // The exchange ended while waiting for this connection, which is still unused and clean
                pool.release(acquired);
                return;
            }
            acquired.attr(EXCHANGE).set(this);
            FullHttpRequest http;
            try {
                http = toHttpRequest(request, endpoint);
            } catch (RuntimeException e) {
                fail(e);
                return;
            }
            acquired.writeAndFlush(http).addListener(written -> {
                if (!written.isSuccess()) {
                    fail(asIOException(writeFailure(acquired, written.cause()),
                            "Sending " + request + " to " + endpoint + " failed"));
                }
            });
        }

        /**
         * A TLS handshake that failed before the write closed the connection under it: its cause (such as a refused
         * certificate, which is not worth retrying) says more than the closed channel the write reports.
         */
        private static Throwable writeFailure(Channel channel, Throwable cause) {
            SslHandler tls = channel.attr(TLS).get();
            if (tls != null && tls.handshakeFuture().isDone() && !tls.handshakeFuture().isSuccess()) {
                return tls.handshakeFuture().cause();
            }
            return cause;
        }

        void succeed(TransportResponse response, boolean keepAlive) {
            finish(response, null, keepAlive);
        }

        void fail(Throwable failure) {
            finish(null, failure, false);
        }

        private void timedOut() {
            fail(new HttpTimeoutException("No complete response to " + request + " within the request timeout of "
                    + settings.requestTimeout()));
        }

        private void finish(TransportResponse response, Throwable failure, boolean reuse) {
            Channel used;
            synchronized (this) {
                if (done) {
                    return;
                }
                done = true;
                used = channel;
            }
            ScheduledFuture<?> timer = deadline;
            if (timer != null) {
                timer.cancel(false);
            }
            if (used != null) {
                used.attr(EXCHANGE).compareAndSet(this, null);
                if (reuse && !closed.get()) {
                    pool.release(used);
                } else {
                    // Never back to the pool as is: the server asked to close, or the exchange broke off midway
                    used.close().addListener(ignored -> pool.release(used));
                }
            }
            exchangeEnded();
            Runnable complete = () -> {
                if (failure == null) {
                    result.complete(response);
                } else {
                    result.completeExceptionally(failure);
                }
            };
            if (completer == null) {
                complete.run();
            } else {
                completer.execute(complete);
            }
        }
    }

    /** Gives each new connection its pipeline: TLS for https, then the HTTP/1.1 codec and aggregator. */
    private final class PoolHandler extends AbstractChannelPoolHandler {
        private final Endpoint endpoint;

        PoolHandler(Endpoint endpoint) {
            this.endpoint = endpoint;
        }

        @Override
        public void channelCreated(Channel channel) {
            ChannelPipeline pipeline = channel.pipeline();
            if (endpoint.https()) {
                SslHandler tls = newSslHandler(channel.alloc(), endpoint.address(), endpoint.port());
                channel.attr(TLS).set(tls);
                pipeline.addLast("tls", tls);
            }
            pipeline.addLast("http", new HttpClientCodec());
            pipeline.addLast("aggregator", new HttpObjectAggregator(MAX_RESPONSE_BYTES));
            pipeline.addLast("response", RESPONSE_HANDLER);
        }
    }

    /** Hands each whole response, or the connection's failure, to the exchange in flight on that connection. */
    @ChannelHandler.Sharable
    private static final class ResponseHandler extends SimpleChannelInboundHandler<FullHttpResponse> {
        @Override
        protected void channelRead0(ChannelHandlerContext context, FullHttpResponse response) {
            if (response.status().codeClass() == HttpStatusClass.INFORMATIONAL
                    && response.decoderResult().isSuccess()) {
                // An interim answer such as 100 Continue (RFC 9110, section 15.2): the final one follows
                return;
            }
            Exchange exchange = context.channel().attr(EXCHANGE).getAndSet(null);
            if (exchange == null) {
                // A response nobody asked for: this connection is out of step, so nothing more on it can be trusted
                context.close();
            } else if (response.decoderResult().isFailure()) {
                exchange.fail(asIOException(response.decoderResult().cause(),
                        "Malformed response to " + exchange.request));
            } else {
                // Copied out: the buffer goes back to the allocator when this method returns
                exchange.succeed(toTransportResponse(response), HttpUtil.isKeepAlive(response));
            }
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext context, Object event) {
            if (event instanceof SslHandshakeCompletionEvent handshake && !handshake.isSuccess()) {
                failExchange(context, handshake.cause(), "TLS handshake failed");
            }
            context.fireUserEventTriggered(event);
        }

        @Override
        public void channelInactive(ChannelHandlerContext context) {
            failExchange(context, null, "Connection closed before the whole response arrived");
            context.fireChannelInactive();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
            failExchange(context, cause, cause instanceof TooLongFrameException
                    ? "Response over the limit of " + (MAX_RESPONSE_BYTES >> 20) + " MB" : "Connection failed");
            context.close();
        }

        private static void failExchange(ChannelHandlerContext context, Throwable cause, String what) {
            Exchange exchange = context.channel().attr(EXCHANGE).getAndSet(null);
            if (exchange != null) {
                String message = what + " for " + exchange.request + " on " + context.channel();
                exchange.fail(cause == null ? new IOException(message) : asIOException(cause, message));
            }
        }
    }

    /** Where connections go: requests to the same scheme, host and port share a pool. */
    private record Endpoint(boolean https, String host, int port) {
        static Endpoint of(URI uri) {
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new IllegalArgumentException("Cannot send to " + uri + ": NettyTransport needs an absolute"
                        + " http or https URI with a host");
            }
            boolean https = scheme.equals("https");
            return new Endpoint(https, uri.getHost(), uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80);
        }

        /** @return the host without the brackets of an IPv6 literal, for connecting */
        String address() {
            return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        }

        String hostHeader() {
            return port == (https ? 443 : 80) ? host : host + ":" + port;
        }

        @Override
        public String toString() {
            return (https ? "https://" : "http://") + hostHeader();
        }
    }

    /**
     * Builds a {@link NettyTransport} tuned beyond {@link TransportSettings}. Not thread-safe.
     */
    public static final class Builder {
        private TransportSettings settings = TransportSettings.defaults();
        private int maxConnectionsPerEndpoint = DEFAULT_MAX_CONNECTIONS_PER_ENDPOINT;
        private EventLoopGroup eventLoopGroup;
        private SslContext sslContext;

        private Builder() {
        }

        /**
         * @param settings the timeouts to honour; {@link TransportSettings#defaults()} unless set
         * @return this builder
         */
        public Builder settings(TransportSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * @param max the most connections open at once to one scheme, host and port; further requests wait for a
         *            connection to be free, within their request timeout. Positive; 256 unless set, so that
         *            the pool guards against runaway connection counts without throttling a busy application
         * @return this builder
         */
        public Builder maxConnectionsPerEndpoint(int max) {
            if (max <= 0) {
                throw new IllegalArgumentException("maxConnectionsPerEndpoint must be positive, got " + max);
            }
            this.maxConnectionsPerEndpoint = max;
            return this;
        }

        /**
         * Shares event loops that the application already runs, instead of creating them. The transport never
         * shuts a given group down: its owner does, after closing the transport.
         *
         * @param group an NIO or epoll event loop group, such as a {@link MultiThreadIoEventLoopGroup}
         * @return this builder
         */
        public Builder eventLoopGroup(EventLoopGroup group) {
            this.eventLoopGroup = Objects.requireNonNull(group, "group");
            return this;
        }

        /**
         * Replaces the default TLS context (the JDK provider and its default trust store). Host names are checked
         * against certificates whatever the context says.
         *
         * @param context a client context, such as one from {@link SslContextBuilder#forClient()}
         * @return this builder
         */
        public Builder sslContext(SslContext context) {
            Objects.requireNonNull(context, "context");
            if (!context.isClient()) {
                throw new IllegalArgumentException("sslContext must be a client context: build it with"
                        + " SslContextBuilder.forClient()");
            }
            this.sslContext = context;
            return this;
        }

        /** @return a new transport, to be closed by the caller */
        public NettyTransport build() {
            return new NettyTransport(this);
        }
    }
}
