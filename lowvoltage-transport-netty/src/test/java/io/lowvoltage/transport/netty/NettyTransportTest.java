package io.lowvoltage.transport.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.spi.TransportRequest;
import io.lowvoltage.spi.TransportResponse;
import io.lowvoltage.spi.TransportSettings;
import io.lowvoltage.transport.netty.LocalServer.Fault;
import io.lowvoltage.transport.netty.LocalServer.RecordedRequest;
import io.lowvoltage.transport.netty.LocalServer.Reply;
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
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.nio.NioIoHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(20)
class NettyTransportTest {
    private static final TransportSettings FAST = TransportSettings.builder()
            .connectTimeout(Duration.ofSeconds(2))
            .requestTimeout(Duration.ofSeconds(2))
            .build();

    private static EventLoopGroup nio;

    private LocalServer server;
    private NettyTransport transport;

    @BeforeAll
    static void startSharedEventLoops() {
        nio = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    }

    @AfterAll
    static void stopSharedEventLoops() {
        nio.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5_000);
    }

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
        transport = NettyTransport.create(FAST);
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
        assertThat(recorded.header("Connection")).isEqualTo("keep-alive");
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
        assertThat(recorded.header("Content-Length")).isEqualTo("0");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void headersThatTheTransportWritesItselfAreSkipped() throws Exception {
        TransportRequest request = TransportRequest.of("POST", server.uri("/"),
                Map.of("Connection", "close", "Expect", "100-continue", "Transfer-Encoding", "chunked",
                        "X-Kept", "yes"), new byte[0]);

        assertThat(send(request).statusCode()).isEqualTo(200);

        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.header("X-Kept")).isEqualTo("yes");
        assertThat(recorded.header("Expect")).isNull();
        assertThat(recorded.header("Transfer-Encoding")).isNull();
        assertThat(recorded.header("Connection")).isEqualTo("keep-alive");
    }

    @Test
    void sequentialRequestsReuseOneConnection() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(send(post(("request " + i).getBytes(StandardCharsets.UTF_8))).statusCode()).isEqualTo(200);
        }

        assertThat(server.connectionCount()).isEqualTo(1);
    }

    @Test
    void aConnectionTheServerAskedToCloseIsNotReused() throws Exception {
        server.enqueue(Reply.of(200, "bye", List.of(Map.entry("Connection", "close"))));

        assertThat(new String(send(post(new byte[0])).body(), StandardCharsets.UTF_8)).isEqualTo("bye");
        assertThat(send(post(new byte[0])).statusCode()).isEqualTo(200);

        assertThat(server.connectionCount()).isEqualTo(2);
    }

    @Test
    void slowServerFailsTheFutureWithHttpTimeoutException() {
        try (NettyTransport impatient = NettyTransport.create(FAST.toBuilder()
                .requestTimeout(Duration.ofMillis(300)).build())) {
            server.enqueue(Reply.delayed(5_000));
            long start = System.nanoTime();

            assertThat(failureOf(impatient.send(post(new byte[0])))).isInstanceOf(HttpTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void closedPortFailsWithConnectException() throws IOException {
        TransportRequest request = TransportRequest.of("POST", URI.create("http://127.0.0.1:" + closedPort() + "/"),
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
        try (NettyTransport impatient = NettyTransport.create(FAST.toBuilder()
                .requestTimeout(Duration.ofMillis(500)).build())) {
            server.enqueue(Reply.fault(Fault.STALL_MID_BODY));
            long start = System.nanoTime();

            assertThat(failureOf(impatient.send(post(new byte[0])))).isInstanceOf(HttpTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void aTimedOutExchangeClosesItsConnectionAndLeavesThePoolUsable() throws Exception {
        try (NettyTransport impatient = NettyTransport.builder().maxConnectionsPerEndpoint(1)
                .settings(FAST.toBuilder().requestTimeout(Duration.ofMillis(500)).build()).build()) {
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
        assertThat(transport.toString()).endsWith(", closed}");
    }

    @Test
    void requestInFlightWhenClosedStillCompletes() {
        server.enqueue(Reply.delayed(300));
        CompletableFuture<TransportResponse> inFlight = transport.send(post(new byte[0]));

        transport.close();

        assertThat(inFlight).succeedsWithin(Duration.ofSeconds(5));
        assertThat(transport.eventLoopGroup().terminationFuture().awaitUninterruptibly(5_000)).isTrue();
    }

    @Test
    void toStringNamesTheIoTypeAndSettings() {
        assertThat(transport).hasToString("NettyTransport{" + (transport.usesEpoll() ? "epoll" : "nio")
                + ", maxConnectionsPerEndpoint=50, connectTimeout=PT2S, requestTimeout=PT2S}");
    }

    // Netty's own cases

    @Test
    void nativeEpollIsUsedWhenAvailableAndNioOtherwise() {
        assertThat(transport.usesEpoll()).isEqualTo(Epoll.isAvailable());
        try (NettyTransport onNio = NettyTransport.builder().settings(FAST).eventLoopGroup(nio).build()) {
            assertThat(onNio.usesEpoll()).isFalse();
            assertThat(onNio.toString()).startsWith("NettyTransport{nio,");
        }
    }

    @Test
    @EnabledOnOs(value = OS.LINUX, architectures = "amd64")
    void nativeEpollIsAvailableOnLinuxX86() {
        // netty-transport-native-epoll linux-x86_64 is an optional dependency, on the test class path
        assertThat(Epoll.isAvailable()).as(String.valueOf(Epoll.unavailabilityCause())).isTrue();
    }

    @Test
    void aGivenEventLoopGroupServesRequestsAndIsLeftRunningAfterClose() throws Exception {
        NettyTransport shared = NettyTransport.builder().settings(FAST).eventLoopGroup(nio).build();
        assertThat(shared.send(post("on nio".getBytes(StandardCharsets.UTF_8))).get(5, TimeUnit.SECONDS).body())
                .asString(StandardCharsets.UTF_8).isEqualTo("on nio");

        shared.close();

        assertThat(nio.isShuttingDown()).isFalse();
        assertThat(nio.submit(() -> "still running").get(5, TimeUnit.SECONDS)).isEqualTo("still running");
        assertThat(failureOf(shared.send(post(new byte[0])))).isInstanceOf(IOException.class);
    }

    @Test
    void closeStopsTheEventLoopsTheTransportCreated() throws Exception {
        send(post(new byte[0]));

        transport.close();

        assertThat(transport.eventLoopGroup().terminationFuture().awaitUninterruptibly(5_000)).isTrue();
    }

    @Test
    void eachEndpointHasItsOwnPoolOfKeptAliveConnections() throws Exception {
        try (LocalServer other = new LocalServer()) {
            for (int i = 0; i < 3; i++) {
                send(post(new byte[0]));
                assertThat(transport.send(TransportRequest.of("POST", other.uri("/"), Map.of(), new byte[0]))
                        .get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }

            assertThat(server.connectionCount()).isEqualTo(1);
            assertThat(other.connectionCount()).isEqualTo(1);
        }
    }

    @Test
    void requestsBeyondMaxConnectionsPerEndpointWaitForAConnection() throws Exception {
        try (NettyTransport single = NettyTransport.builder().settings(FAST).maxConnectionsPerEndpoint(1).build()) {
            server.enqueue(Reply.delayed(200));
            server.enqueue(Reply.delayed(200));
            List<CompletableFuture<TransportResponse>> futures = List.of(single.send(post(new byte[0])),
                    single.send(post(new byte[0])), single.send(post(new byte[0])));

            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);

            assertThat(server.connectionCount()).isEqualTo(1);
        }
    }

    @Test
    void callbacksNeverRunOnAnEventLoop() throws Exception {
        String thread = transport.send(post(new byte[0]))
                .thenApply(response -> Thread.currentThread().getName())
                .get(5, TimeUnit.SECONDS);
        Throwable failure = failureOf(transport.send(TransportRequest.of("POST",
                URI.create("http://127.0.0.1:" + closedPort() + "/"), Map.of(), new byte[0]))
                .whenComplete((response, e) -> assertThat(Thread.currentThread().getName())
                        .doesNotStartWith("lowvoltage-netty")));

        assertThat(thread).doesNotStartWith("lowvoltage-netty");
        assertThat(failure).isInstanceOf(ConnectException.class);
    }

    @Test
    void cancellingAnExchangeClosesItsConnection() throws Exception {
        server.enqueue(Reply.delayed(1_000));
        CompletableFuture<TransportResponse> slow = transport.send(post(new byte[0]));
        server.takeRequest();

        slow.cancel(true);

        assertThat(send(post("next".getBytes(StandardCharsets.UTF_8))).body())
                .asString(StandardCharsets.UTF_8).isEqualTo("next");
        assertThat(server.connectionCount()).isEqualTo(2);
    }

    @Test
    void aUriThatIsNotHttpIsRejectedAsABug() {
        TransportRequest request = TransportRequest.of("POST", URI.create("ftp://127.0.0.1/"), Map.of(),
                new byte[0]);

        assertThat(failureOf(transport.send(request))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http or https");
    }

    @Test
    void theBuilderRefusesNonsense() {
        assertThatThrownBy(() -> NettyTransport.builder().maxConnectionsPerEndpoint(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxConnectionsPerEndpoint");
    }

    @Test
    void leaksAreDetectedAtParanoidLevel() {
        assertThat(LeakDetection.paranoid()).as("-Dio.netty.leakDetection.level=paranoid").isTrue();
        LeakDetection.collect();

        List<String> leaks;
        LeakDetection.quiet = true;
        try {
            leakABuffer();
            leaks = LeakDetection.collect();
        } finally {
            LeakDetection.quiet = false;
        }

        assertThat(leaks).anySatisfy(leak -> assertThat(leak).startsWith("LEAK: ByteBuf"));
    }

    private static void leakABuffer() {
        ByteBufAllocator.DEFAULT.buffer(16).writeInt(42);
    }

    private TransportRequest post(byte[] body) {
        return TransportRequest.of("POST", server.uri("/"),
                Map.of("Content-Type", "application/x-amz-json-1.0"), body);
    }

    private TransportResponse send(TransportRequest request) throws Exception {
        return transport.send(request).get(5, TimeUnit.SECONDS);
    }

    static Throwable failureOf(CompletableFuture<TransportResponse> future) {
        try {
            future.get(5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError("Expected the future to fail within 5 s", e);
        }
        throw new AssertionError("Expected the future to fail, but it succeeded");
    }

    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        }
    }
}
