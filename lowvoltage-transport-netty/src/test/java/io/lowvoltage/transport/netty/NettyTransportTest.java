package io.lowvoltage.transport.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.spi.Transport;
import io.lowvoltage.spi.TransportRequest;
import io.lowvoltage.spi.TransportResponse;
import io.lowvoltage.spi.TransportSettings;
import io.lowvoltage.transport.tck.Fault;
import io.lowvoltage.transport.tck.LocalServer;
import io.lowvoltage.transport.tck.RecordedRequest;
import io.lowvoltage.transport.tck.Reply;
import io.lowvoltage.transport.tck.TestCertificate;
import io.lowvoltage.transport.tck.TransportContract;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.nio.NioIoHandler;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.JdkSslContext;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class NettyTransportTest extends TransportContract {
    private static EventLoopGroup nio;

    @BeforeAll
    static void startSharedEventLoops() {
        nio = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    }

    @AfterAll
    static void stopSharedEventLoops() {
        nio.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5_000);
    }

    @Override
    protected Transport newTransport(TransportSettings settings) {
        return NettyTransport.create(settings);
    }

    // The kit hands over a javax.net.ssl.SSLContext; Netty deprecates wrapping one in favour of
    // SslContextBuilder, which a test can ignore
    @Override
    @SuppressWarnings("deprecation")
    protected Transport newTransport(TransportSettings settings, SSLContext sslContext) {
        return NettyTransport.builder().settings(settings)
                .sslContext(new JdkSslContext(sslContext, true, ClientAuth.NONE))
                .build();
    }

    private NettyTransport netty() {
        return (NettyTransport) transport;
    }

    @Test
    void theTransportWritesHostContentLengthAndKeepAliveAndSkipsTheCallersVersions() throws Exception {
        TransportRequest request = TransportRequest.of("POST", server.uri("/"),
                Map.of("Connection", "close", "Expect", "100-continue", "Transfer-Encoding", "chunked",
                        "X-Kept", "yes"), new byte[0]);

        assertThat(send(request).statusCode()).isEqualTo(200);

        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.header("X-Kept")).isEqualTo("yes");
        assertThat(recorded.header("Expect")).isNull();
        assertThat(recorded.header("Transfer-Encoding")).isNull();
        assertThat(recorded.header("Connection")).isEqualTo("keep-alive");
        assertThat(recorded.header("Content-Length")).isEqualTo("0");
        assertThat(recorded.header("Host")).isEqualTo("127.0.0.1:" + server.port());
    }

    @Test
    void timeoutsFailWithHttpTimeoutException() {
        try (Transport impatient = newTransport(IMPATIENT)) {
            server.enqueue(Reply.delayed(5_000));
            server.enqueue(Reply.fault(Fault.STALL_MID_BODY));

            assertThat(failureOf(impatient.send(post(new byte[0])))).isInstanceOf(HttpTimeoutException.class);
            assertThat(failureOf(impatient.send(post(new byte[0])))).isInstanceOf(HttpTimeoutException.class);
        }
    }

    @Test
    void aTimedOutExchangeClosesItsConnectionRatherThanReusingIt() throws Exception {
        try (Transport impatient = NettyTransport.builder().settings(IMPATIENT).maxConnectionsPerEndpoint(1)
                .build()) {
            server.enqueue(Reply.fault(Fault.STALL_MID_BODY));
            assertThat(failureOf(impatient.send(post(new byte[0])))).isInstanceOf(HttpTimeoutException.class);

            assertThat(impatient.send(post("again".getBytes(StandardCharsets.UTF_8))).get(5, TimeUnit.SECONDS)
                    .body()).asString(StandardCharsets.UTF_8).isEqualTo("again");

            assertThat(server.connectionCount()).isEqualTo(2);
        }
    }

    @Test
    void refusedConnectionFailsWithConnectException() throws IOException {
        assertThat(failureOf(transport.send(TransportRequest.of("POST",
                URI.create("http://127.0.0.1:" + closedPort() + "/"), Map.of(), new byte[0]))))
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void aConnectionTheServerAskedToCloseIsNotReused() throws Exception {
        server.enqueue(Reply.of(200, "bye", List.of(Map.entry("Connection", "close"))));

        assertThat(send(post(new byte[0])).body()).asString(StandardCharsets.UTF_8).isEqualTo("bye");
        assertThat(send(post(new byte[0])).statusCode()).isEqualTo(200);

        assertThat(server.takeRequest().connection()).isEqualTo(1);
        assertThat(server.takeRequest().connection()).isEqualTo(2);
    }

    @Test
    void untrustedServerCertificateFailsWithSSLException() throws IOException {
        try (LocalServer tls = LocalServer.startTls(TestCertificate.get())) {
            TransportRequest request = TransportRequest.of("POST", tls.uri("/"), Map.of(), new byte[0]);

            // The default context trusts the JDK's CAs, and the test certificate is self-signed
            assertThat(failureOf(transport.send(request))).isInstanceOf(SSLException.class);
        }
    }

    @Test
    void aResponseOverSixtyFourMegabytesFailsWithIOExceptionBeforeItsBodyArrives() throws Exception {
        String head = "HTTP/1.1 200 OK\r\nContent-Length: " + (NettyTransport.MAX_RESPONSE_BYTES + 1) + "\r\n\r\n";
        try (ServerSocket raw = rawServer(head)) {
            TransportRequest request = TransportRequest.of("POST", rawUri(raw), Map.of(), new byte[0]);

            assertThat(failureOf(transport.send(request))).isInstanceOf(IOException.class)
                    .hasMessageContaining("Response over the limit of 64 MB");
        }
    }

    @Test
    void anInterimResponseIsSkippedForTheFinalOne() throws Exception {
        try (ServerSocket raw = rawServer("HTTP/1.1 100 Continue\r\n\r\n"
                + "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")) {
            TransportRequest request = TransportRequest.of("POST", rawUri(raw), Map.of(), new byte[0]);

            TransportResponse response = send(request);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).asString(StandardCharsets.UTF_8).isEqualTo("ok");
        }
    }

    @Test
    void aMalformedResponseFailsWithIOException() throws Exception {
        try (ServerSocket raw = rawServer("SMTP ready\r\n\r\n")) {
            TransportRequest request = TransportRequest.of("POST", rawUri(raw), Map.of(), new byte[0]);

            assertThat(failureOf(transport.send(request))).isInstanceOf(IOException.class);
        }
    }

    @Test
    void hostNamesAreCheckedEvenWithAGivenContextThatWouldNot() throws Exception {
        SslContext lax = SslContextBuilder.forClient().endpointIdentificationAlgorithm(null).build();
        try (NettyTransport strict = NettyTransport.builder().settings(SETTINGS).sslContext(lax).build()) {
            SSLEngine engine = strict.newSslHandler(ByteBufAllocator.DEFAULT, "dynamodb.eu-west-1.amazonaws.com", 443)
                    .engine();

            assertThat(engine.getSSLParameters().getEndpointIdentificationAlgorithm()).isEqualTo("HTTPS");
            assertThat(engine.getPeerHost()).isEqualTo("dynamodb.eu-west-1.amazonaws.com");
            assertThat(engine.getUseClientMode()).isTrue();
        }
    }

    @Test
    void nativeEpollIsUsedWhenAvailableAndNioOtherwise() {
        assertThat(netty().usesEpoll()).isEqualTo(Epoll.isAvailable());
        try (NettyTransport onNio = NettyTransport.builder().settings(SETTINGS).eventLoopGroup(nio).build()) {
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
        NettyTransport shared = NettyTransport.builder().settings(SETTINGS).eventLoopGroup(nio).build();
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

        assertThat(netty().eventLoopGroup().terminationFuture().awaitUninterruptibly(5_000)).isTrue();
    }

    @Test
    void theEventLoopsStopAfterTheLastRequestInFlightAtClose() throws Exception {
        server.enqueue(Reply.delayed(300));
        CompletableFuture<TransportResponse> inFlight = transport.send(post(new byte[0]));

        transport.close();

        assertThat(netty().eventLoopGroup().isShuttingDown()).isFalse();
        assertThat(inFlight.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(netty().eventLoopGroup().terminationFuture().awaitUninterruptibly(5_000)).isTrue();
        assertThat(transport.toString()).endsWith(", closed}");
    }

    @Test
    void eachEndpointHasItsOwnPoolOfKeptAliveConnections() throws Exception {
        try (LocalServer other = LocalServer.start()) {
            for (int i = 0; i < 3; i++) {
                send(post(new byte[0]));
                assertThat(send(TransportRequest.of("POST", other.uri("/"), Map.of(), new byte[0])).statusCode())
                        .isEqualTo(200);
            }

            assertThat(server.connectionCount()).isEqualTo(1);
            assertThat(other.connectionCount()).isEqualTo(1);
        }
    }

    @Test
    void requestsBeyondMaxConnectionsPerEndpointWaitForAConnection() throws Exception {
        try (NettyTransport single = NettyTransport.builder().settings(SETTINGS).maxConnectionsPerEndpoint(1)
                .build()) {
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
        String onSuccess = transport.send(post(new byte[0]))
                .thenApply(response -> Thread.currentThread().getName())
                .get(5, TimeUnit.SECONDS);
        String onFailure = transport.send(TransportRequest.of("POST",
                        URI.create("http://127.0.0.1:" + closedPort() + "/"), Map.of(), new byte[0]))
                .handle((response, failure) -> Thread.currentThread().getName())
                .get(5, TimeUnit.SECONDS);

        assertThat(onSuccess).doesNotStartWith("lowvoltage-netty");
        assertThat(onFailure).doesNotStartWith("lowvoltage-netty");
    }

    @Test
    void cancellingAnExchangeClosesItsConnection() throws Exception {
        server.enqueue(Reply.delayed(1_000));
        CompletableFuture<TransportResponse> slow = transport.send(post(new byte[0]));
        server.takeRequest();

        slow.cancel(true);

        assertThat(send(post("next".getBytes(StandardCharsets.UTF_8))).body())
                .asString(StandardCharsets.UTF_8).isEqualTo("next");
        assertThat(server.takeRequest().connection()).isEqualTo(2);
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
    void toStringNamesTheIoTypeAndSettings() {
        assertThat(transport).hasToString("NettyTransport{" + (netty().usesEpoll() ? "epoll" : "nio")
                + ", maxConnectionsPerEndpoint=256, connectTimeout=PT2S, requestTimeout=PT10S}");
    }

    @Test
    void leaksAreDetectedAtParanoidLevel() {
        assertThat(LeakDetection.paranoid()).as("-Dio.netty.leakDetection.level=paranoid").isTrue();
        assertThat(LeakDetection.registered()).as("LeakDetection autodetected as a JUnit extension").isTrue();
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

    /** A server that answers its first connection with the given bytes, then holds it open: for broken replies. */
    private static ServerSocket rawServer(String reply) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread thread = new Thread(() -> {
            try (Socket connection = socket.accept()) {
                connection.getInputStream().read(new byte[8192]);
                connection.getOutputStream().write(reply.getBytes(StandardCharsets.ISO_8859_1));
                connection.getOutputStream().flush();
                // Held open until the client gives up, or the test closes the server socket and this read ends
                connection.setSoTimeout(10_000);
                connection.getInputStream().read();
            } catch (IOException ended) {
                // the client or the test closed it
            }
        }, "raw-server");
        thread.setDaemon(true);
        thread.start();
        return socket;
    }

    private static URI rawUri(ServerSocket socket) {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        }
    }
}
