package io.lowvoltage.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.spi.TransportRequest;
import io.lowvoltage.spi.TransportResponse;
import io.lowvoltage.spi.TransportSettings;
import io.lowvoltage.transport.jdk.LocalServer.Fault;
import io.lowvoltage.transport.jdk.LocalServer.RecordedRequest;
import io.lowvoltage.transport.jdk.LocalServer.Reply;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(20)
class JdkTransportTest {
    private static final TransportSettings FAST = TransportSettings.builder()
            .connectTimeout(Duration.ofSeconds(2))
            .requestTimeout(Duration.ofSeconds(2))
            .build();

    private LocalServer server;
    private JdkTransport transport;

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
        transport = JdkTransport.create(FAST);
    }

    @AfterEach
    void stop() throws IOException {
        transport.close();
        server.close();
    }

    @Test
    void postBodyAndHeadersArriveExactly() throws Exception {
        byte[] body = "{\"TableName\":\"Music\",\"Key\":{\"Id\":{\"N\":\"1\"}}}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-amz-json-1.0");
        headers.put("X-Amz-Target", "DynamoDB_20120810.GetItem");
        headers.put("X-Amz-Date", "20240101T000000Z");
        headers.put("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/dynamodb/aws4_request");

        TransportResponse response = send(TransportRequest.of("POST", server.uri("/?a=b"), headers, body));

        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.method()).isEqualTo("POST");
        assertThat(recorded.target()).isEqualTo("/?a=b");
        assertThat(recorded.body()).isEqualTo(body);
        headers.forEach((name, value) -> assertThat(recorded.header(name)).as(name).isEqualTo(value));
        assertThat(recorded.header("Host")).isEqualTo("127.0.0.1:" + server.port());
        assertThat(recorded.header("Content-Length")).isEqualTo(Integer.toString(body.length));
        assertThat(response.body()).isEqualTo(body);
    }

    @Test
    void requestBodyIsNotModified() throws Exception {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

        send(post(body));

        assertThat(body).isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 400, 500})
    void everyStatusIsAResponseWithBodyAndHeaders(int status) throws Exception {
        server.enqueue(Reply.of(status, "{\"__type\":\"x\"}",
                List.of(Map.entry("X-Amzn-RequestId", "REQ1"), Map.entry("x-amz-crc32", "42"))));

        TransportResponse response = send(post(new byte[0]));

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"__type\":\"x\"}");
        assertThat(response.header("x-amzn-requestid")).isEqualTo("REQ1");
        assertThat(response.header("X-AMZ-CRC32")).isEqualTo("42");
        assertThat(response.headers()).containsOnlyKeys("x-amzn-requestid", "x-amz-crc32", "content-length");
    }

    @Test
    void repeatedResponseHeadersAreJoinedWithCommas() throws Exception {
        server.enqueue(Reply.of(200, "", List.of(Map.entry("X-Repeat", "a"), Map.entry("x-repeat", "b"))));

        TransportResponse response = send(post(new byte[0]));

        assertThat(response.header("X-Repeat")).isEqualTo("a,b");
    }

    @Test
    void emptyBodiesTravelBothWays() throws Exception {
        server.enqueue(Reply.of(200, "", List.of()));

        TransportResponse response = send(post(new byte[0]));

        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.body()).isEmpty();
        assertThat(recorded.header("Content-Length")).isIn("0", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void headersThatHttpClientWritesItselfAreSkipped() throws Exception {
        TransportRequest request = TransportRequest.of("POST", server.uri("/"),
                Map.of("Connection", "close", "Expect", "100-continue", "X-Kept", "yes"), new byte[0]);

        assertThat(send(request).statusCode()).isEqualTo(200);

        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.header("X-Kept")).isEqualTo("yes");
        assertThat(recorded.header("Expect")).isNull();
    }

    @Test
    void sequentialRequestsReuseOneConnection() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(send(post(("request " + i).getBytes(StandardCharsets.UTF_8))).statusCode()).isEqualTo(200);
        }

        assertThat(server.connectionCount()).isEqualTo(1);
    }

    @Test
    void slowServerFailsTheFutureWithHttpTimeoutException() {
        try (JdkTransport impatient = JdkTransport.create(FAST.toBuilder()
                .requestTimeout(Duration.ofMillis(300)).build())) {
            server.enqueue(Reply.delayed(5_000));
            long start = System.nanoTime();

            assertThat(failureOf(impatient.send(post(new byte[0])))).isInstanceOf(HttpTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void closedPortFailsWithConnectException() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            port = socket.getLocalPort();
        }
        TransportRequest request = TransportRequest.of("POST", URI.create("http://127.0.0.1:" + port + "/"),
                Map.of(), new byte[0]);

        assertThat(failureOf(transport.send(request))).isInstanceOf(ConnectException.class);
    }

    @Test
    void connectionClosedMidResponseFailsWithIOException() {
        server.enqueue(Reply.fault(Fault.CLOSE_MID_RESPONSE));

        assertThat(failureOf(transport.send(post(new byte[0])))).isInstanceOf(IOException.class);
    }

    @Test
    void stalledResponseBodyFailsWithHttpTimeoutException() {
        try (JdkTransport impatient = JdkTransport.create(FAST.toBuilder()
                .requestTimeout(Duration.ofMillis(500)).build())) {
            server.enqueue(Reply.fault(Fault.STALL_MID_BODY));
            long start = System.nanoTime();

            assertThat(failureOf(impatient.send(post(new byte[0])))).isInstanceOf(HttpTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void aTimedOutExchangeLeavesThePoolUsable() throws Exception {
        try (JdkTransport impatient = JdkTransport.create(FAST.toBuilder()
                .requestTimeout(Duration.ofMillis(500)).build())) {
            server.enqueue(Reply.fault(Fault.STALL_MID_BODY));
            assertThat(failureOf(impatient.send(post(new byte[0])))).isInstanceOf(HttpTimeoutException.class);

            TransportResponse response = impatient.send(post("again".getBytes(StandardCharsets.UTF_8)))
                    .get(5, TimeUnit.SECONDS);

            assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("again");
            assertThat(server.connectionCount()).isEqualTo(2);
        }
    }

    @Test
    void sendBlockingReturnsTheResponse() throws IOException {
        server.enqueue(Reply.of(400, "bad", List.of()));

        TransportResponse response = transport.sendBlocking(post(new byte[0]));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("bad");
    }

    @Test
    void sendBlockingThrowsTheIOException() {
        server.enqueue(Reply.fault(Fault.CLOSE_MID_RESPONSE));

        assertThatThrownBy(() -> transport.sendBlocking(post(new byte[0]))).isInstanceOf(IOException.class);
    }

    @Test
    void thirtyTwoConcurrentRequestsAllComplete() throws Exception {
        List<CompletableFuture<TransportResponse>> futures = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            futures.add(transport.send(post(("request " + i).getBytes(StandardCharsets.UTF_8))));
        }

        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        for (int i = 0; i < 32; i++) {
            assertThat(new String(futures.get(i).join().body(), StandardCharsets.UTF_8)).isEqualTo("request " + i);
        }
    }

    @Test
    void closeIsIdempotentAndLaterSendsFailWithIOException() {
        transport.close();
        transport.close();

        assertThat(failureOf(transport.send(post(new byte[0]))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> transport.sendBlocking(post(new byte[0]))).isInstanceOf(IOException.class);
        assertThat(transport).hasToString(
                "JdkTransport{java.net.http.HttpClient HTTP/1.1, connectTimeout=PT2S, requestTimeout=PT2S, closed}");
    }

    @Test
    void closeStopsTheTransportsThreads() throws Exception {
        List<Thread> before = transportThreads();
        send(post(new byte[0]));
        List<Thread> ours = transportThreads();
        ours.removeAll(before);
        assertThat(ours).isNotEmpty();

        transport.close();

        for (Thread thread : ours) {
            thread.join(5_000);
            assertThat(thread.isAlive()).as(thread.getName()).isFalse();
        }
    }

    @Test
    void requestInFlightWhenClosedStillCompletes() {
        server.enqueue(Reply.delayed(300));
        CompletableFuture<TransportResponse> inFlight = transport.send(post(new byte[0]));

        transport.close();

        assertThat(inFlight).succeedsWithin(Duration.ofSeconds(5));
    }

    @Test
    void toStringNamesTheClientAndItsSettings() {
        assertThat(transport).hasToString(
                "JdkTransport{java.net.http.HttpClient HTTP/1.1, connectTimeout=PT2S, requestTimeout=PT2S}");
    }

    private TransportRequest post(byte[] body) {
        return TransportRequest.of("POST", server.uri("/"),
                Map.of("Content-Type", "application/x-amz-json-1.0"), body);
    }

    private TransportResponse send(TransportRequest request) throws Exception {
        return transport.send(request).get(5, TimeUnit.SECONDS);
    }

    private static Throwable failureOf(CompletableFuture<TransportResponse> future) {
        try {
            future.get(5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError("Expected the future to fail within 5 s", e);
        }
        throw new AssertionError("Expected the future to fail, but it succeeded");
    }

    private static List<Thread> transportThreads() {
        List<Thread> threads = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("lowvoltage-jdk-")) {
                threads.add(thread);
            }
        }
        return threads;
    }

}
