package io.lowvoltage.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.lowvoltage.spi.Transport;
import io.lowvoltage.spi.TransportRequest;
import io.lowvoltage.spi.TransportSettings;
import io.lowvoltage.transport.tck.Fault;
import io.lowvoltage.transport.tck.RecordedRequest;
import io.lowvoltage.transport.tck.Reply;
import io.lowvoltage.transport.tck.TransportContract;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class JdkTransportTest extends TransportContract {
    @Override
    protected Transport newTransport(TransportSettings settings) {
        return JdkTransport.create(settings);
    }

    @Override
    protected Transport newTransport(TransportSettings settings, SSLContext sslContext) {
        return JdkTransport.builder().settings(settings).sslContext(sslContext).build();
    }

    @Test
    @Disabled("HttpClient at times writes the headers and the body apart (with TCP_NODELAY on): nothing to tune")
    @Override
    public void requestHeadersAndBodyArriveInOneRead() {
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
    void timeoutsFailWithHttpTimeoutException() {
        try (Transport impatient = newTransport(IMPATIENT)) {
            server.enqueue(Reply.delayed(5_000));
            server.enqueue(Reply.fault(Fault.STALL_MID_BODY));

            assertThat(failureOf(impatient.send(post(new byte[0])))).isInstanceOf(HttpTimeoutException.class);
            assertThat(failureOf(impatient.send(post(new byte[0])))).isInstanceOf(HttpTimeoutException.class);
        }
    }

    @Test
    void refusedConnectionFailsWithConnectException() throws IOException {
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
    void sendAfterCloseSaysTheTransportIsClosed() {
        transport.close();

        assertThat(failureOf(transport.send(post(new byte[0])))).hasMessageContaining("JdkTransport is closed");
        assertThat(transport).hasToString(
                "JdkTransport{java.net.http.HttpClient HTTP/1.1, connectTimeout=PT2S, requestTimeout=PT10S, closed}");
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
    void aGivenExecutorRunsTheWorkAndOutlivesTheTransport() throws Exception {
        AtomicInteger tasks = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            try (Transport tuned = JdkTransport.builder().settings(SETTINGS)
                    .executor(task -> {
                        tasks.incrementAndGet();
                        executor.execute(task);
                    })
                    .build()) {
                assertThat(tuned.sendBlocking(post(new byte[0])).statusCode()).isEqualTo(200);
            }

            assertThat(tasks.get()).isPositive();
            assertThat(executor.isShutdown()).isFalse();
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void toStringNamesTheClientAndItsSettings() {
        assertThat(transport).hasToString(
                "JdkTransport{java.net.http.HttpClient HTTP/1.1, connectTimeout=PT2S, requestTimeout=PT10S}");
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
