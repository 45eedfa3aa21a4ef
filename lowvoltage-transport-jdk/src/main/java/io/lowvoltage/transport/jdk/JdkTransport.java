package io.lowvoltage.transport.jdk;

import io.lowvoltage.spi.Transport;
import io.lowvoltage.spi.TransportRequest;
import io.lowvoltage.spi.TransportResponse;
import io.lowvoltage.spi.TransportSettings;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;

/**
 * A {@link Transport} on {@link HttpClient}: HTTP/1.1 with pooled keep-alive connections, and no dependency
 * beyond the JDK.
 *
 * <p>Thread-safe: one instance serves any number of concurrent requests. Its owner closes it: a
 * {@code Connection} closes the transport it discovered, and whoever passed one to the builder closes that one.
 * HttpClient does its work on the transport's own daemon threads, named {@code lowvoltage-jdk-<n>}, which
 * {@link #close()} stops, or on the executor given to {@link Builder#executor}. The futures of {@link #send}
 * complete on {@link CompletableFuture}'s async pool, as HttpClient's {@code sendAsync} does, never on its
 * selector thread, so that a slow callback never stalls the I/O; {@link #sendBlocking} waits on the calling thread.
 * Deadlines of response bodies run on one shared daemon thread, {@code lowvoltage-timer-jdk}.
 *
 * <p>{@link #create(TransportSettings)} covers the portable settings; {@link #builder()} adds this transport's
 * own tuning: a custom {@link SSLContext} (a private certificate authority) and an executor.
 */
public final class JdkTransport implements Transport {
    /** Headers that HttpClient refuses to take from the caller, because it writes them itself. */
    private static final Set<String> RESTRICTED_HEADERS = Set.of("connection", "expect", "upgrade");
    private static final AtomicInteger THREAD_COUNT = new AtomicInteger();

    private final TransportSettings settings;
    // Null when the builder was given an executor: that one stays its owner's to shut down
    private final ExecutorService ownExecutor;
    // Null once closed. On Java 17 HttpClient has no close(): dropping the last reference is what lets its
    // selector thread end and its idle connections be closed.
    private final AtomicReference<HttpClient> client;
    private final AtomicInteger inFlight = new AtomicInteger();

    private JdkTransport(Builder builder) {
        this.settings = builder.settings;
        Executor executor = builder.executor;
        this.ownExecutor = executor == null ? Executors.newCachedThreadPool(JdkTransport::newThread) : null;
        HttpClient.Builder client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor == null ? ownExecutor : executor);
        if (builder.sslContext != null) {
            client.sslContext(builder.sslContext);
        }
        this.client = new AtomicReference<>(client.build());
    }

    /**
     * Creates a transport with its own client, connection pool and threads.
     *
     * @param settings the timeouts to honour
     * @return a new transport, to be closed by the caller
     */
    public static JdkTransport create(TransportSettings settings) {
        return builder().settings(settings).build();
    }

    /** @return a new transport with {@link TransportSettings#defaults()}, to be closed by the caller */
    public static JdkTransport create() {
        return builder().build();
    }

    /** @return a builder for a transport tuned beyond the portable {@link TransportSettings} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends one request on a pooled connection.
     *
     * @param request the request; its body is sent as is, never modified
     * @return a future completed with the response whatever its status, or exceptionally with the
     *     {@link IOException} that HttpClient reported ({@link java.net.http.HttpTimeoutException},
     *     {@link java.net.ConnectException}, ...), or with an {@link IOException} when this transport is closed
     */
    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        // Counted before the closed check, so that close() never shuts the executor down under this request
        inFlight.incrementAndGet();
        HttpClient current = client.get();
        CompletableFuture<HttpResponse<byte[]>> exchange;
        try {
            if (current == null) {
                throw closed(request);
            }
            exchange = current.sendAsync(toHttpRequest(request), new TimedBody.Handler(request, deadline(), settings.requestTimeout()));
        } catch (IOException | RuntimeException e) {
            exchangeEnded();
            return CompletableFuture.failedFuture(e);
        }
        // sendAsync completes its future on CompletableFuture's async pool (never on the selector thread), so
        // callers' callbacks run there, with no further hop here; the request timeout is HttpRequest.timeout up
        // to the response headers, then TimedBody's deadline for the body
        CompletableFuture<TransportResponse> result = new CompletableFuture<>();
        exchange.whenComplete((response, failure) -> {
            exchangeEnded();
            if (failure == null) {
                result.complete(toTransportResponse(response));
            } else {
                result.completeExceptionally(unwrap(failure));
            }
        });
        result.whenComplete((response, failure) -> {
            if (failure != null) {
                // Since Java 16, cancelling the future of sendAsync aborts the exchange and frees its connection
                // (HttpClient.sendAsync Javadoc): needed when the caller gave up first
                exchange.cancel(true);
            }
        });
        return result;
    }

    /**
     * Sends one request on a pooled connection and waits for the response on the calling thread, through
     * {@link HttpClient#send}: no hop through another thread once the response is in.
     *
     * @param request the request; its body is sent as is, never modified
     * @return the response whatever its status
     * @throws IOException what HttpClient reported ({@link HttpTimeoutException} when the whole exchange outlasts
     *     the request timeout), or that this transport is closed; {@link java.io.InterruptedIOException} when
     *     interrupted, with the interrupt flag set
     */
    @Override
    public TransportResponse sendBlocking(TransportRequest request) throws IOException {
        inFlight.incrementAndGet();
        try {
            HttpClient current = client.get();
            if (current == null) {
                throw closed(request);
            }
            return toTransportResponse(current.send(toHttpRequest(request),
                    new TimedBody.Handler(request, deadline(), settings.requestTimeout())));
        } catch (InterruptedException e) {
            // HttpClient.send has cancelled the exchange
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for " + request);
        } finally {
            exchangeEnded();
        }
    }

    /**
     * Stops the threads and releases the connections. Idempotent; requests sent afterwards fail with an
     * {@link IOException}, while requests in flight still complete (within the request timeout). On Java 21
     * and later this closes the HttpClient, and waits for those requests; on Java 17, which has no
     * {@code HttpClient.close()}, the threads stop once they are done and the idle connections close when the
     * client is garbage-collected.
     */
    @Override
    public void close() {
        HttpClient current = client.getAndSet(null);
        if (current == null) {
            return;
        }
        try {
            if (current instanceof AutoCloseable closeable) {
                closeable.close();
            }
        } catch (Exception unexpected) {
            // HttpClient.close() declares no checked exception
            throw new IllegalStateException("Closing " + current + " failed", unexpected);
        } finally {
            if (inFlight.get() == 0 && ownExecutor != null) {
                ownExecutor.shutdown();
            }
        }
    }

    @Override
    public String toString() {
        return "JdkTransport{java.net.http.HttpClient HTTP/1.1, connectTimeout=" + settings.connectTimeout()
                + ", requestTimeout=" + settings.requestTimeout() + (client.get() == null ? ", closed}" : "}");
    }

    private void exchangeEnded() {
        // On Java 17 HttpClient needs the executor until the exchange ends: the last one out shuts it down
        if (inFlight.decrementAndGet() == 0 && client.get() == null && ownExecutor != null) {
            ownExecutor.shutdown();
        }
    }

    private long deadline() {
        return System.nanoTime() + settings.requestTimeout().toNanos();
    }

    private HttpRequest toHttpRequest(TransportRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
                .timeout(settings.requestTimeout())
                .method(request.method(), BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach((name, value) -> {
            if (!RESTRICTED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                builder.header(name, value);
            }
        });
        return builder.build();
    }

    private static TransportResponse toTransportResponse(HttpResponse<byte[]> response) {
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name, String.join(",", values)));
        byte[] body = response.body();
        return TransportResponse.of(response.statusCode(), headers, body == null ? new byte[0] : body);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof UncheckedIOException unchecked ? unchecked.getCause() : cause;
    }

    private static IOException closed(TransportRequest request) {
        return new IOException("Cannot send " + request + ": this JdkTransport is closed. Send with an open"
                + " transport, or a new Connection, which creates its own.");
    }

    private static Thread newThread(Runnable task) {
        Thread thread = new Thread(task, "lowvoltage-jdk-" + THREAD_COUNT.incrementAndGet());
        // A Connection left open must not keep the JVM alive
        thread.setDaemon(true);
        return thread;
    }

    /**
     * The body of a response, with the rest of the request timeout as its deadline: on Java 17,
     * {@link HttpRequest#timeout} stops counting once the response headers are in, so a body that stalls would
     * hang forever. On the deadline, the body fails with an {@link HttpTimeoutException} and its subscription is
     * cancelled, which closes the connection. The timer is one scheduled task on a shared daemon thread, cancelled
     * as soon as the body is whole.
     */
    private static final class TimedBody implements BodySubscriber<byte[]> {
        private static final ScheduledThreadPoolExecutor TIMER = timer();

        private final BodySubscriber<byte[]> delegate = BodySubscribers.ofByteArray();
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private final TransportRequest request;
        private final Duration timeout;
        private volatile Flow.Subscription subscription;
        private volatile ScheduledFuture<?> timer;

        private TimedBody(TransportRequest request, long deadline, Duration timeout) {
            this.request = request;
            this.timeout = timeout;
            delegate.getBody().whenComplete((bytes, failure) -> {
                ScheduledFuture<?> pending = timer;
                if (pending != null) {
                    pending.cancel(false);
                }
                if (failure == null) {
                    body.complete(bytes);
                } else {
                    body.completeExceptionally(failure);
                }
            });
            timer = TIMER.schedule(this::timedOut, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (body.isDone()) {
                timer.cancel(false);
            }
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            delegate.onSubscribe(subscription);
            if (body.isCompletedExceptionally()) {
                // Timed out before the body started
                subscription.cancel();
            }
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            delegate.onNext(item);
        }

        @Override
        public void onError(Throwable throwable) {
            delegate.onError(throwable);
        }

        @Override
        public void onComplete() {
            delegate.onComplete();
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        private void timedOut() {
            if (body.completeExceptionally(new HttpTimeoutException("No complete response to " + request
                    + " within the request timeout of " + timeout))) {
                Flow.Subscription current = subscription;
                if (current != null) {
                    current.cancel();
                }
            }
        }

        private static ScheduledThreadPoolExecutor timer() {
            ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
                Thread thread = new Thread(task, "lowvoltage-timer-jdk");
                thread.setDaemon(true);
                return thread;
            });
            // Cancelled deadlines leave the queue at once, instead of piling up for the whole request timeout
            timer.setRemoveOnCancelPolicy(true);
            timer.setKeepAliveTime(10, TimeUnit.SECONDS);
            timer.allowCoreThreadTimeOut(true);
            return timer;
        }

        /** Gives each response a {@link TimedBody} with the deadline of its request. */
        private record Handler(TransportRequest request, long deadline, Duration timeout)
                implements BodyHandler<byte[]> {
            @Override
            public BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
                return new TimedBody(request, deadline, timeout);
            }
        }
    }

    /**
     * Builds a {@link JdkTransport} tuned beyond the portable {@link TransportSettings}. Not thread-safe.
     *
     * <pre>{@code
     * JdkTransport transport = JdkTransport.builder()
     *     .settings(TransportSettings.builder().requestTimeout(Duration.ofSeconds(5)).build())
     *     .sslContext(privateCaContext)
     *     .build();
     * }</pre>
     */
    public static final class Builder {
        private TransportSettings settings = TransportSettings.defaults();
        private SSLContext sslContext;
        private Executor executor;

        private Builder() {
        }

        /**
         * @param settings the timeouts to honour; defaults to {@link TransportSettings#defaults()}
         * @return this builder
         */
        public Builder settings(TransportSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * Makes TLS connections with this context, for example one that trusts a private certificate authority.
         * Without one, HttpClient takes the JVM's default ({@link SSLContext#getDefault()}, made once per JVM);
         * either way, TLS engines and handshakes happen only on connections to {@code https} endpoints.
         *
         * @param sslContext an initialised context
         * @return this builder
         */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
            return this;
        }

        /**
         * Runs HttpClient's work on this executor instead of the transport's own daemon threads. The transport
         * never shuts it down: its owner does, after closing the transport.
         *
         * @param executor an executor with enough threads for the I/O and the completions
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /** @return a new transport, to be closed by the caller */
        public JdkTransport build() {
            return new JdkTransport(this);
        }
    }
}
