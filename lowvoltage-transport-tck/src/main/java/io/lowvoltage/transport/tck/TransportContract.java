package io.lowvoltage.transport.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.exceptions.NetworkException;
import io.lowvoltage.spi.Transport;
import io.lowvoltage.spi.TransportRequest;
import io.lowvoltage.spi.TransportResponse;
import io.lowvoltage.spi.TransportSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The conformance kit: the tests every {@link Transport} must pass, run against a real {@link LocalServer} on
 * 127.0.0.1 (and its TLS variant). Each transport module has exactly one {@code XxxTransportTest extends
 * TransportContract} in its test scope, implementing {@link #newTransport(TransportSettings)}, plus its own
 * extra cases.
 *
 * <p>To run the TLS test, also override {@link #newTransport(TransportSettings, SSLContext)}, passing the
 * context to the transport's own option for a custom {@link SSLContext}.
 *
 * <p>An opt-out is an override of the test method, annotated {@code @Test @Disabled("<one-line reason>")}, with
 * an empty body: it shows as skipped, with its reason, in every report.
 *
 * <p>Each test gets a new server and a new transport, both closed after it. Every wait is bounded: 30 seconds
 * per test at most, and far less when the transport behaves.
 */
@Timeout(30)
public abstract class TransportContract {
    /** The settings of {@link #transport}: short enough for tests, long enough for a busy machine. */
    protected static final TransportSettings SETTINGS = TransportSettings.builder()
            .connectTimeout(Duration.ofSeconds(2))
            .requestTimeout(Duration.ofSeconds(10))
            .build();
    /** The settings of the timeout tests: a request timeout of half a second. */
    protected static final TransportSettings IMPATIENT = SETTINGS.toBuilder()
            .requestTimeout(Duration.ofMillis(500))
            .build();
    private static final Duration WAIT = Duration.ofSeconds(15);

    /** A new plain HTTP server for each test. */
    protected LocalServer server;
    /** A new transport for each test, made by {@link #newTransport(TransportSettings)} with {@link #SETTINGS}. */
    protected Transport transport;

    /**
     * Makes the transport under test.
     *
     * @param settings the settings it must honour
     * @return a new transport, which the kit closes
     */
    protected abstract Transport newTransport(TransportSettings settings);

    /**
     * Makes the transport under test, trusting the given TLS context: override this to run the TLS test.
     *
     * @param settings   the settings it must honour
     * @param sslContext the context to make TLS connections with; it trusts the {@link TestCertificate}
     * @return a new transport, which the kit closes
     */
    protected Transport newTransport(TransportSettings settings, SSLContext sslContext) {
        throw new UnsupportedOperationException("Override newTransport(TransportSettings, SSLContext) in "
                + getClass().getSimpleName() + " to pass the SSLContext to the transport's TLS option, or opt out"
                + " of this test with @Test @Disabled(\"reason\")");
    }

    /**
     * Start server and transport.
     * @throws IOException when the local server or the transport fails unexpectedly
     */
    @BeforeEach
    protected final void startServerAndTransport() throws IOException {
        server = LocalServer.start();
        transport = newTransport(SETTINGS);
    }

    /**
     * Close transport and server.
     * @throws IOException when the local server or the transport fails unexpectedly
     */
    @AfterEach
    protected final void closeTransportAndServer() throws IOException {
        try {
            if (transport != null) {
                transport.close();
            }
        } finally {
            server.close();
        }
    }

    /**
     * Request line headers and body arrive exactly.
     * @throws Exception when the local server or the transport fails unexpectedly
     */
    @Test
    public void requestLineHeadersAndBodyArriveExactly() throws Exception {
        byte[] body = "{\"TableName\":\"Music\",\"Key\":{\"Id\":{\"N\":\"1\"}}}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-amz-json-1.0");
        headers.put("X-Amz-Target", "DynamoDB_20120810.GetItem");
        headers.put("X-Amz-Date", "20240101T000000Z");
        headers.put("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/dynamodb/aws4_request,"
                + " SignedHeaders=host;x-amz-date, Signature=0123456789abcdef");

        TransportResponse response = send(TransportRequest.of("POST", server.uri("/path?a=b&c=%2F"), headers, body));

        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.method()).isEqualTo("POST");
        assertThat(recorded.target()).isEqualTo("/path?a=b&c=%2F");
        assertThat(recorded.body()).isEqualTo(body);
        headers.forEach((name, value) -> assertThat(recorded.header(name)).as(name).isEqualTo(value));
        assertThat(recorded.header("Host")).isEqualTo("127.0.0.1:" + server.port());
        assertThat(recorded.header("Content-Length")).isEqualTo(Integer.toString(body.length));
        assertThat(recorded.header("Transfer-Encoding")).isNull();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(body);
    }

    /**
     * One megabyte request body arrives exactly.
     * @throws Exception when the local server or the transport fails unexpectedly
     */
    @Test
    public void oneMegabyteRequestBodyArrivesExactly() throws Exception {
        byte[] body = pattern(1 << 20);

        send(post(body));

        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.header("Content-Length")).isEqualTo(Integer.toString(body.length));
        assertThat(recorded.body()).isEqualTo(body);
    }

    /**
     * Request body is not modified.
     * @throws Exception when the local server or the transport fails unexpectedly
     */
    @Test
    public void requestBodyIsNotModified() throws Exception {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

        send(post(body));

        assertThat(body).isEqualTo("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Every status is aresponse with its body and case insensitive headers.
     * @throws Exception when the local server or the transport fails unexpectedly
     */
    @Test
    public void everyStatusIsAResponseWithItsBodyAndCaseInsensitiveHeaders() throws Exception {
        for (int status : new int[] {200, 400, 404, 413, 500, 503}) {
            String body = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#Status" + status + "\"}";
            server.enqueue(Reply.of(status, body,
                    List.of(Map.entry("X-Amzn-RequestId", "REQ" + status), Map.entry("x-amz-crc32", "42"))));

            TransportResponse response = send(post(new byte[0]));

            assertThat(response.statusCode()).isEqualTo(status);
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).as("body of %d", status).isEqualTo(body);
            assertThat(response.header("x-amzn-requestid")).isEqualTo("REQ" + status);
            assertThat(response.header("X-AMZN-REQUESTID")).isEqualTo("REQ" + status);
            assertThat(response.header("X-Amz-Crc32")).isEqualTo("42");
            assertThat(response.headers()).containsOnlyKeys("x-amzn-requestid", "x-amz-crc32", "content-length");
        }
    }

    /**
     * Repeated response headers are joined with commas.
     * @throws Exception when the local server or the transport fails unexpectedly
     */
    @Test
    public void repeatedResponseHeadersAreJoinedWithCommas() throws Exception {
        server.enqueue(Reply.of(200, "", List.of(Map.entry("X-Repeat", "a"), Map.entry("x-repeat", "b"))));

        TransportResponse response = send(post(new byte[0]));

        assertThat(response.header("X-Repeat")).isEqualTo("a,b");
    }

    /**
     * Empty bodies travel both ways.
     * @throws Exception when the local server or the transport fails unexpectedly
     */
    @Test
    public void emptyBodiesTravelBothWays() throws Exception {
        server.enqueue(Reply.of(200, "", List.of()));

        TransportResponse response = send(post(new byte[0]));

        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.body()).isEmpty();
        assertThat(recorded.header("Content-Length")).isIn("0", null);
        assertThat(recorded.header("Transfer-Encoding")).isNull();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
    }

    /**
     * Chunked response bodies are reassembled.
     * @throws Exception when the local server or the transport fails unexpectedly
     */
    @Test
    public void chunkedResponseBodiesAreReassembled() throws Exception {
        byte[] body = pattern(100_000);
        server.enqueue(Reply.chunked(200, body, 4_096));

        TransportResponse response = send(post(new byte[0]));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(body);
    }

    /**
     * Sixteen megabyte response arrives whole.
     * @throws Exception when the local server or the transport fails unexpectedly
     */
    @Test
    public void sixteenMegabyteResponseArrivesWhole() throws Exception {
        byte[] body = pattern(16 << 20);
        server.enqueue(Reply.of(200, body, List.of()));

        TransportResponse response = send(post(new byte[0]));

        assertThat(response.body().length).isEqualTo(body.length);
        assertThat(response.body()).isEqualTo(body);
    }

    /**
     * Sequential requests reuse one kept alive connection.
     * @throws Exception when the local server or the transport fails unexpectedly
     */
    @Test
    public void sequentialRequestsReuseOneKeptAliveConnection() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(send(post(("request " + i).getBytes(StandardCharsets.UTF_8))).statusCode()).isEqualTo(200);
        }

        for (int i = 0; i < 5; i++) {
            assertThat(server.takeRequest().connection()).isEqualTo(1);
        }
        assertThat(server.connectionCount()).isEqualTo(1);
    }

    /**
     * Sixty four concurrent requests are in flight at once.
     * @throws Exception when the local server or the transport fails unexpectedly
     */
    @Test
    public void sixtyFourConcurrentRequestsAreInFlightAtOnce() throws Exception {
        server.holdReplies();
        List<CompletableFuture<TransportResponse>> futures = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            futures.add(transport.send(post(("request " + i).getBytes(StandardCharsets.UTF_8))));
        }

        for (int i = 0; i < 64; i++) {
            server.takeRequest(Duration.ofSeconds(10));
        }
        server.releaseReplies();

        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        for (int i = 0; i < 64; i++) {
            assertThat(new String(futures.get(i).join().body(), StandardCharsets.UTF_8)).isEqualTo("request " + i);
        }
    }

    /**
     * Send returns an incomplete future while the server withholds the answer.
     * @throws Exception when the local server or the transport fails unexpectedly
     */
    @Test
    public void sendReturnsAnIncompleteFutureWhileTheServerWithholdsTheAnswer() throws Exception {
        server.holdReplies();
        long start = System.nanoTime();

        CompletableFuture<TransportResponse> future = transport.send(post(new byte[0]));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        server.takeRequest();
        assertThat(future).isNotDone();
        server.releaseReplies();
        assertThat(future).succeedsWithin(WAIT);
    }

    /**
     * Slow response past the request timeout fails with ioexception.
     */
    @Test
    public void slowResponsePastTheRequestTimeoutFailsWithIOException() {
        try (Transport impatient = newTransport(IMPATIENT)) {
            server.enqueue(Reply.delayed(5_000));
            long start = System.nanoTime();

            assertThat(failureOf(impatient.send(post(new byte[0])))).isInstanceOf(IOException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        }
    }

    /**
     * Refused connection fails with ioexception.
     * @throws IOException when the local server or the transport fails unexpectedly
     */
    @Test
    public void refusedConnectionFailsWithIOException() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            port = socket.getLocalPort();
        }
        TransportRequest request = TransportRequest.of("POST", URI.create("http://127.0.0.1:" + port + "/"),
                Map.of(), new byte[0]);

        assertThat(failureOf(transport.send(request))).isInstanceOf(IOException.class);
    }

    /**
     * Connection closed mid response fails with ioexception.
     */
    @Test
    public void connectionClosedMidResponseFailsWithIOException() {
        server.enqueue(Reply.fault(Fault.CLOSE_MID_RESPONSE));

        assertThat(failureOf(transport.send(post(new byte[0])))).isInstanceOf(IOException.class);
    }

    /**
     * Connection reset mid response fails with ioexception.
     */
    @Test
    public void connectionResetMidResponseFailsWithIOException() {
        server.enqueue(Reply.fault(Fault.RESET_MID_RESPONSE));

        assertThat(failureOf(transport.send(post(new byte[0])))).isInstanceOf(IOException.class);
    }

    /**
     * Stalled response body fails with ioexception after the request timeout.
     */
    @Test
    public void stalledResponseBodyFailsWithIOExceptionAfterTheRequestTimeout() {
        try (Transport impatient = newTransport(IMPATIENT)) {
            server.enqueue(Reply.fault(Fault.STALL_MID_BODY));
            long start = System.nanoTime();

            assertThat(failureOf(impatient.send(post(new byte[0])))).isInstanceOf(IOException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        }
    }

    /**
     * Send blocking honours the request timeout, before the headers and in the body, and stays usable after.
     * @throws Exception when the local server or the transport fails unexpectedly
     */
    @Test
    public void sendBlockingHonoursTheRequestTimeout() throws Exception {
        try (Transport impatient = newTransport(IMPATIENT)) {
            server.enqueue(Reply.delayed(5_000));
            long start = System.nanoTime();
            assertThatThrownBy(() -> impatient.sendBlocking(post(new byte[0]))).isInstanceOf(IOException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));

            server.enqueue(Reply.fault(Fault.STALL_MID_BODY));
            start = System.nanoTime();
            assertThatThrownBy(() -> impatient.sendBlocking(post(new byte[0]))).isInstanceOf(IOException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));

            TransportResponse response = impatient.sendBlocking(post("again".getBytes(StandardCharsets.UTF_8)));
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("again");
        }
    }

    /**
     * A timed out exchange leaves the transport usable.
     * @throws Exception when the local server or the transport fails unexpectedly
     */
    @Test
    public void aTimedOutExchangeLeavesTheTransportUsable() throws Exception {
        try (Transport impatient = newTransport(IMPATIENT)) {
            server.enqueue(Reply.fault(Fault.STALL_MID_BODY));
            assertThat(failureOf(impatient.send(post(new byte[0])))).isInstanceOf(IOException.class);

            TransportResponse response = impatient.send(post("again".getBytes(StandardCharsets.UTF_8)))
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);

            assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("again");
        }
    }

    /**
     * Send blocking returns error statuses as responses.
     * @throws IOException when the local server or the transport fails unexpectedly
     */
    @Test
    public void sendBlockingReturnsErrorStatusesAsResponses() throws IOException {
        server.enqueue(Reply.of(400, "bad", List.of()));

        TransportResponse response = transport.sendBlocking(post(new byte[0]));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("bad");
    }

    /**
     * Send blocking throws the ioexception.
     */
    @Test
    public void sendBlockingThrowsTheIOException() {
        server.enqueue(Reply.fault(Fault.CLOSE_MID_RESPONSE));

        assertThatThrownBy(() -> transport.sendBlocking(post(new byte[0]))).isInstanceOf(IOException.class);
    }

    /**
     * Close is idempotent.
     */
    @Test
    public void closeIsIdempotent() {
        transport.close();
        transport.close();
    }

    /**
     * Send after close fails with ioexception.
     * @throws Exception when the local server or the transport fails unexpectedly
     */
    @Test
    public void sendAfterCloseFailsWithIOException() throws Exception {
        send(post(new byte[0]));

        transport.close();

        assertThat(failureOf(transport.send(post(new byte[0])))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> transport.sendBlocking(post(new byte[0]))).isInstanceOf(IOException.class);
    }

    /**
     * Requests in flight at close complete.
     * @throws Exception when the local server or the transport fails unexpectedly
     */
    @Test
    public void requestsInFlightAtCloseComplete() throws Exception {
        server.holdReplies();
        CompletableFuture<TransportResponse> inFlight = transport.send(post("in flight".getBytes(StandardCharsets.UTF_8)));
        server.takeRequest();

        transport.close();
        server.releaseReplies();

        assertThat(inFlight).succeedsWithin(WAIT)
                .satisfies(response -> assertThat(response.body()).asString(StandardCharsets.UTF_8)
                        .isEqualTo("in flight"));
    }

    /**
     * Https requests reach the local tls server.
     * @throws Exception when the local server or the transport fails unexpectedly
     */
    @Test
    public void httpsRequestsReachTheLocalTlsServer() throws Exception {
        try (LocalServer tls = LocalServer.startTls(TestCertificate.get());
                Transport secure = newTransport(SETTINGS, TestCertificate.get().clientContext())) {
            for (int i = 0; i < 3; i++) {
                byte[] body = ("secret " + i).getBytes(StandardCharsets.UTF_8);
                TransportRequest request = TransportRequest.of("POST", tls.uri("/"),
                        Map.of("Content-Type", "application/x-amz-json-1.0"), body);

                TransportResponse response = secure.send(request).get(WAIT.toSeconds(), TimeUnit.SECONDS);

                assertThat(response.body()).isEqualTo(body);
                assertThat(tls.takeRequest().header("Host")).isEqualTo("127.0.0.1:" + tls.port());
            }
            assertThat(tls.connectionCount()).isEqualTo(1);
        }
    }

    /**
     * A server certificate the transport's TLS context does not trust fails both kinds of send, with an
     * {@link IOException} that the api tells from a transient failure, so that it is not retried.
     * @throws Exception when the local server or the transport fails unexpectedly
     */
    @Test
    public void anUntrustedServerCertificateFailsAsARefusal() throws Exception {
        try (LocalServer tls = LocalServer.startTls(TestCertificate.get());
                Transport untrusting = newTransport(SETTINGS, SSLContext.getDefault())) {
            TransportRequest request = TransportRequest.of("POST", tls.uri("/"),
                    Map.of("Content-Type", "application/x-amz-json-1.0"), new byte[] {'{', '}'});

            assertThat(failureOf(untrusting.send(request))).isInstanceOfSatisfying(IOException.class,
                    failure -> assertThat(new NetworkException("send", failure).isCertificateRejected())
                            .as("a certificate refusal: %s", failure).isTrue());
            assertThatThrownBy(() -> untrusting.sendBlocking(request)).isInstanceOfSatisfying(IOException.class,
                    failure -> assertThat(new NetworkException("sendBlocking", failure).isCertificateRejected())
                            .as("a certificate refusal: %s", failure).isTrue());
        }
    }

    /**
     * Best effort: a transport that writes headers and body separately may pass by luck, never fail by it.
     * @throws Exception when the local server or the transport fails unexpectedly
     */
    @Test
    public void requestHeadersAndBodyArriveInOneRead() throws Exception {
        for (int i = 0; i < 5; i++) {
            send(post(("{\"request\":" + i + "}").getBytes(StandardCharsets.UTF_8)));

            assertThat(server.takeRequest().arrivedInOneRead())
                    .as("request %d arrived in one read: the transport should write headers and body in one go,"
                            + " with TCP_NODELAY", i)
                    .isTrue();
        }
    }

    /**
     * @param body the body
     * @return a {@code POST} of that body to {@link #server}, with a DynamoDB content type
     */
    protected TransportRequest post(byte[] body) {
        return TransportRequest.of("POST", server.uri("/"), Map.of("Content-Type", "application/x-amz-json-1.0"),
                body);
    }

    /**
     * @param request the request
     * @return its response through {@link #transport}, waiting 15 seconds at most
     * @throws Exception if it failed or took longer
     */
    protected TransportResponse send(TransportRequest request) throws Exception {
        return transport.send(request).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /**
     * @param future a future expected to fail
     * @return the cause it failed with, waiting 15 seconds at most
     * @throws AssertionError if it succeeded or did not complete in time
     */
    protected static Throwable failureOf(CompletableFuture<?> future) {
        try {
            future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        } catch (Exception e) {
            throw new AssertionError("Expected the future to fail within " + WAIT, e);
        }
        throw new AssertionError("Expected the future to fail, but it succeeded");
    }

    /**
     * @param length the length
     * @return that many bytes in a recognisable, non-repeating-by-block pattern
     */
    protected static byte[] pattern(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + (i >>> 8));
        }
        return bytes;
    }
}
