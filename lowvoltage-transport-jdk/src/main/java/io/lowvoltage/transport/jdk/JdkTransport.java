package io.lowvoltage.transport.jdk;

import io.lowvoltage.spi.Transport;
import io.lowvoltage.spi.TransportRequest;
import io.lowvoltage.spi.TransportResponse;
import io.lowvoltage.spi.TransportSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * {@link #close()} stops, or on the executor given to {@link Builder#executor}; the returned futures complete
 * on those threads, never on HttpClient's selector thread, so that a slow callback never stalls the I/O.
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
            exchange = current.sendAsync(toHttpRequest(request), BodyHandlers.ofByteArray());
        } catch (IOException | RuntimeException e) {
            exchangeEnded();
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<TransportResponse> result = new CompletableFuture<>();
        // HttpRequest.timeout stops counting once the response headers are in (Java 17), so a body that stalls
        // would hang forever: this deadline covers the whole exchange, as TransportSettings promises.
        CompletableFuture<Void> deadline = new CompletableFuture<Void>()
                .orTimeout(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        // Async, so that callers' callbacks never run on the JVM-wide timer thread
        deadline.exceptionallyAsync(timeout -> {
            result.completeExceptionally(new HttpTimeoutException("No complete response to " + request
                    + " within the request timeout of " + settings.requestTimeout()));
            return null;
        });
        exchange.whenComplete((response, failure) -> {
            exchangeEnded();
            if (failure == null) {
                result.complete(toTransportResponse(response));
            } else {
                result.completeExceptionally(unwrap(failure));
            }
        });
        result.whenComplete((response, failure) -> {
            deadline.complete(null);
            if (failure != null) {
                // Since Java 16, cancelling the future of sendAsync aborts the exchange and frees its connection
                // (HttpClient.sendAsync Javadoc): needed when the deadline or the caller gave up first
                exchange.cancel(true);
            }
        });
        return result;
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
