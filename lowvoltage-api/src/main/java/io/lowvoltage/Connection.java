package io.lowvoltage;

import io.lowvoltage.credentials.Credentials;
import io.lowvoltage.credentials.CredentialsProvider;
import io.lowvoltage.credentials.DefaultCredentialsChain;
import io.lowvoltage.exceptions.LowVoltageException;
import io.lowvoltage.exceptions.NetworkException;
import io.lowvoltage.exceptions.ServerException;
import io.lowvoltage.exceptions.ServiceError;
import io.lowvoltage.internal.CertificateFailures;
import io.lowvoltage.internal.ErrorResponses;
import io.lowvoltage.internal.json.Json;
import io.lowvoltage.internal.spi.ProviderSelector;
import io.lowvoltage.internal.spi.ProviderSource;
import io.lowvoltage.internal.spi.ServiceLoaderSource;
import io.lowvoltage.internal.spi.TrustedRequests;
import io.lowvoltage.retry.RetryPolicies;
import io.lowvoltage.retry.RetryPolicy;
import io.lowvoltage.retry.StandardRetryPolicy;
import io.lowvoltage.spi.Signer;
import io.lowvoltage.spi.SignerProvider;
import io.lowvoltage.spi.SigningParameters;
import io.lowvoltage.spi.Transport;
import io.lowvoltage.spi.TransportProvider;
import io.lowvoltage.spi.TransportRequest;
import io.lowvoltage.spi.TransportResponse;
import io.lowvoltage.spi.TransportSettings;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * A connection to DynamoDB in one region: sends {@link Action}s and returns their responses.
 *
 * <pre>{@code
 * Connection connection = Connection.builder()
 *     .region("us-west-2")
 *     .credentials(new EnvironmentCredentials())
 *     .build();
 * GetItemResponse response = connection.request(new GetItem("Table", Map.of("h", 0)));
 * }</pre>
 *
 * <p>Thread-safe: share one connection across the application. It owns the transport it found on the class
 * path and closes it in {@link #close()}; a transport passed to {@link Builder#transport(Transport)} stays
 * the caller's to close.
 *
 * <p>Each call validates the action and writes it to bytes once, then signs (again on every attempt, with a
 * fresh date) and sends those bytes, retrying retryable errors as the {@link RetryPolicy} says.
 *
 * <p>Observability: {@link RequestListener}s hear of every attempt and call; the logger
 * {@code io.lowvoltage.Connection} (a {@link System.Logger}) logs each attempt at {@code DEBUG} and the wire
 * bytes at {@code TRACE}, with signatures, session tokens and secret keys redacted; {@link #describe()} prints
 * the effective configuration.
 */
public final class Connection implements AutoCloseable {
    private static final System.Logger LOG = Events.LOG;
    private static final String CONTENT_TYPE = "application/x-amz-json-1.0";
    private static final String SIGNING_NAME = "dynamodb";
    private static final int HEADERS_CACHE_LIMIT = 256;
    private static final ConcurrentHashMap<String, Map<String, String>> DYNAMODB_HEADERS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, Map<String, String>> STREAMS_HEADERS = new ConcurrentHashMap<>();

    private final URI endpoint;
    private final URI streamsEndpoint;
    private final String region;
    private final CredentialsProvider credentials;
    private final RetryPolicy retryPolicy;
    private final Transport transport;
    private final boolean ownsTransport;
    private final String transportName;
    private final Signer signer;
    private final String signerName;
    private final Clock clock;
    private final Events events;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Connection(Builder builder, String region, URI endpoint, URI streamsEndpoint) {
        this.region = region;
        this.endpoint = endpoint;
        this.streamsEndpoint = streamsEndpoint;
        this.credentials = builder.credentials != null ? builder.credentials : new DefaultCredentialsChain();
        this.retryPolicy = builder.retryPolicy != null ? builder.retryPolicy : StandardRetryPolicy.defaults();
        this.clock = builder.clock;
        this.events = new Events(builder.listeners);
        if (builder.signer != null) {
            this.signer = builder.signer;
            this.signerName = builder.signer.getClass().getName();
        } else {
            SignerProvider provider = SIGNERS.select(builder.providerSource, System.getProperty("lowvoltage.signer"));
            this.signer = provider.create();
            this.signerName = provider.id();
        }
        if (builder.transport != null) {
            this.transport = builder.transport;
            this.ownsTransport = false;
            this.transportName = builder.transport.getClass().getName() + " (given to the builder)";
        } else {
            TransportProvider provider =
                    TRANSPORTS.select(builder.providerSource, System.getProperty("lowvoltage.transport"));
            this.transport = provider.create(builder.transportSettings);
            this.ownsTransport = true;
            this.transportName = provider.id() + " " + builder.transportSettings;
        }
        LOG.log(Level.DEBUG, this::describe);
    }

    private static final ProviderSelector<TransportProvider> TRANSPORTS = new ProviderSelector<>(
            TransportProvider.class, TransportProvider::id, TransportProvider::priority, "lowvoltage.transport",
            "Add one of the artifacts io.lowvoltage:lowvoltage-transport-jdk (no dependency), "
                    + "lowvoltage-transport-apache or lowvoltage-transport-netty to your dependencies, or pass a"
                    + " Transport to Connection.builder().transport(...). In a shaded (uber) jar, merge"
                    + " META-INF/services files, e.g. with maven-shade's ServicesResourceTransformer"
                    + " (https://github.com/lowvoltage/lowvoltage-java#no-transport)");

    private static final ProviderSelector<SignerProvider> SIGNERS = new ProviderSelector<>(
            SignerProvider.class, SignerProvider::id, SignerProvider::priority, "lowvoltage.signer",
            "Add the artifact io.lowvoltage:lowvoltage-signing to your dependencies, or pass a Signer to"
                    + " Connection.builder().signer(...). In a shaded (uber) jar, merge META-INF/services files,"
                    + " e.g. with maven-shade's ServicesResourceTransformer"
                    + " (https://github.com/lowvoltage/lowvoltage-java#no-signer)");

    /** @return a builder; {@link Builder#region(String)} is the one setting most users need */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends an action and waits for its response, retrying retryable errors as the retry policy says.
     *
     * @param action the action
     * @param <R>    its response type
     * @return the response
     * @throws io.lowvoltage.exceptions.BuilderException when the action is incomplete or holds a value with no
     *     DynamoDB form; nothing was sent
     * @throws LowVoltageException subclasses for every other failure, after retries
     */
    public <R> R request(Action<R> action) {
        Call<R> call = new Call<>(action);
        Events.Trace trace = call.trace;
        if (trace == null) {
            return send(call);
        }
        try {
            R response = send(call);
            trace.callCompleted(response, null);
            return response;
        } catch (RuntimeException | Error e) {
            trace.callCompleted(null, e);
            throw e;
        }
    }

    private <R> R send(Call<R> call) {
        List<LowVoltageException> errors = new ArrayList<>(1);
        while (true) {
            LowVoltageException failure;
            TransportResponse response = null;
            TransportRequest signed = sign(call);
            try {
                response = transport.sendBlocking(signed);
                Object result = call.complete(response);
                if (!(result instanceof LowVoltageException error)) {
                    retryPolicy.onSuccess(call.action, List.copyOf(errors));
                    if (call.trace != null) {
                        call.trace.attemptCompleted(response, null, null);
                    }
                    return call.cast(result);
                }
                failure = error;
            } catch (IOException e) {
                failure = call.networkFailure(e, errors.size() + 1);
            }
            sleep(delayOrThrow(call, errors, failure, response));
        }
    }

    /**
     * Sends an action without blocking the calling thread.
     *
     * @param action the action
     * @param <R>    its response type
     * @return a future completed with the response, or exceptionally with a {@link LowVoltageException}
     * @throws io.lowvoltage.exceptions.BuilderException at once when the action is incomplete; nothing was sent
     */
    public <R> CompletableFuture<R> requestAsync(Action<R> action) {
        Call<R> call = new Call<>(action);
        Events.Trace trace = call.trace;
        if (trace == null) {
            return attemptAsync(call, new ArrayList<>(1));
        }
        CompletableFuture<R> future;
        try {
            future = attemptAsync(call, new ArrayList<>(1));
        } catch (RuntimeException | Error e) {
            trace.callCompleted(null, e);
            throw e;
        }
        return future.whenComplete((response, thrown) -> trace.callCompleted(response,
                thrown instanceof CompletionException && thrown.getCause() != null ? thrown.getCause() : thrown));
    }

    private <R> CompletableFuture<R> attemptAsync(Call<R> call, List<LowVoltageException> errors) {
        return transport.send(sign(call)).handle((response, thrown) -> {
            Object result;
            if (thrown != null) {
                Throwable cause = thrown instanceof CompletionException ? thrown.getCause() : thrown;
                if (!(cause instanceof IOException io)) {
                    return CompletableFuture.<R>failedFuture(cause);
                }
                result = call.networkFailure(io, errors.size() + 1);
            } else {
                result = call.complete(response);
            }
            if (!(result instanceof LowVoltageException failure)) {
                retryPolicy.onSuccess(call.action, List.copyOf(errors));
                if (call.trace != null) {
                    call.trace.attemptCompleted(response, null, null);
                }
                return CompletableFuture.completedFuture(call.cast(result));
            }
            Duration delay;
            try {
                delay = delayOrThrow(call, errors, failure, response);
            } catch (LowVoltageException last) {
                return CompletableFuture.<R>failedFuture(last);
            }
            return CompletableFuture.supplyAsync(() -> null,
                            CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS))
                    .thenCompose(ignored -> attemptAsync(call, errors));
        }).thenCompose(Function.identity());
    }

    private TransportRequest sign(Call<?> call) {
        Events.Trace trace = call.trace;
        if (trace == null) {
            return signer.sign(call.request,
                    SigningParameters.of(credentials.credentials(), region, SIGNING_NAME, clock.instant()));
        }
        trace.signing();
        Credentials current = credentials.credentials();
        TransportRequest signed = signer.sign(call.request,
                SigningParameters.of(current, region, SIGNING_NAME, clock.instant()));
        trace.signed(signed, current);
        return signed;
    }

    /**
     * @param response the failed attempt's response, or {@code null} after a network failure: for the trace
     * @return the wait before the next attempt
     * @throws LowVoltageException the failure, when it is not retried
     */
    private Duration delayOrThrow(Call<?> call, List<LowVoltageException> errors, LowVoltageException failure,
                                  TransportResponse response) {
        Optional<Duration> delay = Optional.empty();
        if (failure.isRetryable()) {
            errors.add(failure);
            delay = retryPolicy.nextDelay(call.action, List.copyOf(errors));
        }
        if (call.trace != null) {
            call.trace.attemptCompleted(response, failure, delay.orElse(null));
        }
        return delay.orElseThrow(() -> failure);
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NetworkException("Interrupted while waiting to retry", new java.io.InterruptedIOException());
        }
    }

    /** One call of an action: its bytes, written once, and what to do with each response. */
    private final class Call<R> {
        final Action<R> action;
        final String operation;
        final URI target;
        final TransportRequest request;
        /** Measurements for listeners and the log; {@code null} on the fast path, when nobody observes. */
        final Events.Trace trace;

        Call(Action<R> action) {
            if (closed.get()) {
                throw new IllegalStateException("This Connection is closed: build a new one");
            }
            this.action = Objects.requireNonNull(action, "action");
            this.operation = action.operation();
            action.validate();
            byte[] body = Json.toBytes(action::writeRequest);
            Service service = action.service();
            this.target = service == Service.STREAMS ? streamsEndpoint : endpoint;
            this.request = TrustedRequests.create("POST", target, headers(service, operation), body);
            this.trace = events.start(action, operation, request);
        }

        /** @return the response, or the exception it stands for */
        Object complete(TransportResponse response) {
            if (trace == null) {
                return read(response);
            }
            trace.received(response);
            Object result = read(response);
            trace.parsed();
            return result;
        }

        private Object read(TransportResponse response) {
            if (!crcMatches(response)) {
                return new ServerException(ServiceError.of(operation, response.statusCode(), ServerException.CRC32_MISMATCH,
                        "the body's CRC32 does not match the x-amz-crc32 header: it was damaged in transit",
                        response.header("x-amzn-RequestId")));
            }
            if (response.statusCode() != 200) {
                return ErrorResponses.toException(operation, response);
            }
            try {
                return Json.fromBytes(response.body(), action::readResponse, operation + " response");
            } catch (LowVoltageException e) {
                return e;
            }
        }

        NetworkException networkFailure(IOException cause, int attempt) {
            if (trace != null) {
                trace.received(null);
            }
            if (CertificateFailures.isRefusal(cause)) {
                return new NetworkException(operation + " to " + target + " failed: the server's TLS certificate"
                        + " was refused (" + cause + "). Not retried: check that the certificate names the endpoint's"
                        + " host and is trusted (the javax.net.ssl.trustStore system property, or the transport's"
                        + " SSL context)", cause);
            }
            return new NetworkException(operation + " to " + target + " failed on attempt " + attempt + ": "
                    + cause + ". Check the endpoint and the network", cause);
        }

        @SuppressWarnings("unchecked")
        R cast(Object result) {
            return (R) result;
        }
    }

    /**
     * The request headers of an operation, the same on every call: built once per service and operation name,
     * unmodifiable, and handed to the request as they are.
     */
    private static Map<String, String> headers(Service service, String operation) {
        ConcurrentHashMap<String, Map<String, String>> cache =
                service == Service.STREAMS ? STREAMS_HEADERS : DYNAMODB_HEADERS;
        Map<String, String> headers = operation == null ? null : cache.get(operation);
        if (headers == null) {
            Map<String, String> built = new LinkedHashMap<>(4);
            built.put("Content-Type", CONTENT_TYPE);
            built.put("X-Amz-Target", service.targetPrefix() + operation);
            headers = Collections.unmodifiableMap(built);
            if (operation != null && cache.size() < HEADERS_CACHE_LIMIT) {
                // A race builds the same map twice: harmless. The limit bounds actions with made-up names.
                cache.put(operation, headers);
            }
        }
        return headers;
    }

    private static boolean crcMatches(TransportResponse response) {
        String expected = response.header("x-amz-crc32");
        if (expected == null) {
            return true;
        }
        CRC32 crc = new CRC32();
        crc.update(response.body());
        return crcMatches(expected, crc.getValue());
    }

    /**
     * @return whether {@code expected}, trimmed, is exactly the decimal text of {@code actual} (no sign, no leading
     *     zero), as {@code expected.trim().equals(Long.toString(actual))} but without making strings
     */
    static boolean crcMatches(String expected, long actual) {
        int start = 0;
        int end = expected.length();
        while (start < end && expected.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && expected.charAt(end - 1) <= ' ') {
            end--;
        }
        int digits = end - start;
        // A CRC32 has at most 10 decimal digits (4294967295).
        if (digits == 0 || digits > 10 || digits > 1 && expected.charAt(start) == '0') {
            return false;
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            char c = expected.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return value == actual;
    }

    /** Closes the transport if this connection created it. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && ownsTransport) {
            transport.close();
        }
    }

    /** @return the effective configuration; never a secret */
    @Override
    public String toString() {
        return "Connection{endpoint=" + endpoint + ", streamsEndpoint=" + streamsEndpoint + ", region=" + region + ", transport=" + transportName
                + ", signer=" + signerName + ", credentials=" + credentials + ", retryPolicy=" + retryPolicy
                + (events.hasListeners() ? ", listeners=" + events.listenerNames() : "") + "}";
    }

    /**
     * Describes the effective configuration, one setting a line, for a support ticket or a startup log (it is
     * logged at {@code DEBUG} when the connection is built). Never shows a secret: the credentials appear as the
     * kind of provider only, with the access key id for LowVoltage's own providers.
     *
     * @return several lines of text
     */
    public String describe() {
        return "LowVoltage Connection"
                + "\n  endpoint:         " + endpoint
                + "\n  streams endpoint: " + streamsEndpoint
                + "\n  region:           " + region
                + "\n  transport:        " + transportName
                + "\n  signer:           " + signerName
                + "\n  credentials:      " + credentialsKind()
                + "\n  retry policy:     " + retryPolicy
                + "\n  listeners:        " + (events.hasListeners() ? events.listenerNames() : "none");
    }

    private String credentialsKind() {
        Class<?> type = credentials.getClass();
        // First-party providers are tested never to show a secret in toString(); others might.
        return type.getPackageName().equals(CredentialsProvider.class.getPackageName()) && !type.isSynthetic()
                ? credentials.toString() : type.getName();
    }

    /** Builds a {@link Connection}. Not thread-safe; every setting but the region has a default. */
    public static final class Builder {
        private String region;
        private URI endpoint;
        private URI streamsEndpoint;
        private CredentialsProvider credentials;
        private RetryPolicy retryPolicy;
        private Transport transport;
        private TransportSettings transportSettings = TransportSettings.defaults();
        private Signer signer;
        private Clock clock = Clock.systemUTC();
        private final List<RequestListener> listeners = new ArrayList<>();
        private ProviderSource providerSource = ServiceLoaderSource.INSTANCE;

        private Builder() {
        }

        /**
         * @param region the AWS region, such as {@code us-west-2}; defaults to the {@code AWS_REGION} or
         *               {@code AWS_DEFAULT_REGION} environment variable
         * @return this builder
         */
        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /**
         * Overrides the endpoint, for dynalite, DynamoDB Local, a VPC endpoint or a proxy.
         *
         * @param endpoint such as {@code http://127.0.0.1:4567}; defaults to
         *                 {@code https://dynamodb.<region>.amazonaws.com}
         * @return this builder
         */
        public Builder endpoint(URI endpoint) {
            this.endpoint = absolute(endpoint, "endpoint");
            return this;
        }

        /**
         * Overrides the DynamoDB Streams endpoint.
         *
         * @param streamsEndpoint such as {@code http://127.0.0.1:4567}; defaults to the {@link #endpoint(URI)}
         *                        override when there is one (local servers serve both), else to
         *                        {@code https://streams.dynamodb.<region>.amazonaws.com}
         * @return this builder
         */
        public Builder streamsEndpoint(URI streamsEndpoint) {
            this.streamsEndpoint = absolute(streamsEndpoint, "streamsEndpoint");
            return this;
        }

        private static URI absolute(URI endpoint, String name) {
            Objects.requireNonNull(endpoint, name);
            if (endpoint.getScheme() == null || endpoint.getHost() == null) {
                throw new IllegalArgumentException(name + " must be an absolute http or https URI such as"
                        + " http://127.0.0.1:4567, got " + endpoint);
            }
            return endpoint.getPath().isEmpty() ? endpoint.resolve("/") : endpoint;
        }

        /**
         * @param endpoint such as {@code http://127.0.0.1:4567}
         * @return this builder
         * @see #endpoint(URI)
         */
        public Builder endpoint(String endpoint) {
            URI uri;
            try {
                uri = URI.create(Objects.requireNonNull(endpoint, "endpoint"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("endpoint must be an absolute http or https URI such as"
                        + " http://127.0.0.1:4567, got " + endpoint, e);
            }
            return endpoint(uri);
        }

        /**
         * @param credentials asked for credentials on every request; defaults to a
         *                    {@link DefaultCredentialsChain}: system properties, environment, web identity,
         *                    profile files, container, EC2 instance metadata
         * @return this builder
         */
        public Builder credentials(CredentialsProvider credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        /**
         * @param retryPolicy decides retries of retryable errors; defaults to a {@link StandardRetryPolicy#defaults()}
         *                    of this connection's own, so that its retry quota is not shared (see
         *                    {@link RetryPolicies#DEFAULT})
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * Uses this transport instead of discovering one. The connection does not close it.
         *
         * @param transport the transport
         * @return this builder
         */
        public Builder transport(Transport transport) {
            this.transport = Objects.requireNonNull(transport, "transport");
            return this;
        }

        /**
         * @param settings timeouts for the discovered transport; defaults to {@link TransportSettings#defaults()}
         * @return this builder
         */
        public Builder transportSettings(TransportSettings settings) {
            this.transportSettings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * Uses this signer instead of discovering one.
         *
         * @param signer the signer
         * @return this builder
         */
        public Builder signer(Signer signer) {
            this.signer = Objects.requireNonNull(signer, "signer");
            return this;
        }

        /**
         * @param clock the clock that dates signatures; defaults to UTC system time
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Adds a listener that hears of every attempt and call. Several may be added: they are called in the
         * order added. Without any, the connection does no observation work at all.
         *
         * @param listener the listener; thread-safe, quick, and never failing the request if it throws
         * @return this builder
         */
        public Builder listener(RequestListener listener) {
            this.listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** For unit tests of discovery: where providers come from instead of {@link java.util.ServiceLoader}. */
        Builder providerSource(ProviderSource source) {
            this.providerSource = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * @return the connection
         * @throws IllegalStateException when no region is set or no transport or signer is found, saying what to
         *     add
         */
        public Connection build() {
            String effectiveRegion = region != null ? region : environmentRegion();
            if (effectiveRegion == null) {
                throw new IllegalStateException("No region: call Connection.builder().region(\"us-east-1\")"
                        + " (or your region), or set the AWS_REGION environment variable");
            }
            URI effectiveEndpoint = endpoint != null ? endpoint : defaultEndpoint(Service.DYNAMODB, effectiveRegion);
            URI effectiveStreamsEndpoint = streamsEndpoint != null ? streamsEndpoint
                    : endpoint != null ? endpoint : defaultEndpoint(Service.STREAMS, effectiveRegion);
            return new Connection(this, effectiveRegion, effectiveEndpoint, effectiveStreamsEndpoint);
        }

        private static String environmentRegion() {
            for (String name : List.of("AWS_REGION", "AWS_DEFAULT_REGION")) {
                String value = System.getenv(name);
                if (value != null && !value.isBlank()) {
                    return value.trim();
                }
            }
            return null;
        }

        private static URI defaultEndpoint(Service service, String region) {
            String domain = region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
            return URI.create("https://" + service.endpointPrefix() + "." + region + "." + domain + "/");
        }
    }
}
