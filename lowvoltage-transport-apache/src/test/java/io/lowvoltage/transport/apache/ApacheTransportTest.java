package io.lowvoltage.transport.apache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.spi.Transport;
import io.lowvoltage.spi.TransportRequest;
import io.lowvoltage.spi.TransportSettings;
import io.lowvoltage.transport.tck.LocalServer;
import io.lowvoltage.transport.tck.Reply;
import io.lowvoltage.transport.tck.TestCertificate;
import io.lowvoltage.transport.tck.TransportContract;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.core5.io.CloseMode;
import org.junit.jupiter.api.Test;

class ApacheTransportTest extends TransportContract {
    @Override
    protected Transport newTransport(TransportSettings settings) {
        return ApacheTransport.create(settings);
    }

    @Override
    protected Transport newTransport(TransportSettings settings, SSLContext sslContext) {
        return ApacheTransport.builder().settings(settings).sslContext(sslContext).build();
    }

    @Test
    void aRequestTimeoutFailsWithSocketTimeoutException() {
        try (Transport impatient = newTransport(IMPATIENT)) {
            server.enqueue(Reply.delayed(5_000));

            assertThat(failureOf(impatient.send(post(new byte[0]))))
                    .isInstanceOf(SocketTimeoutException.class)
                    .hasMessageContaining("within the request timeout of PT0.5S");
        }
    }

    @Test
    void sendBlockingReachesTheLocalTlsServerOnOneKeptAliveConnection() throws Exception {
        // The contract's TLS test goes through send, hence the async client; sendBlocking has a classic one
        try (LocalServer tls = LocalServer.startTls(TestCertificate.get());
                Transport secure = newTransport(SETTINGS, TestCertificate.get().clientContext())) {
            for (int i = 0; i < 3; i++) {
                byte[] body = ("secret " + i).getBytes(StandardCharsets.UTF_8);
                TransportRequest request = TransportRequest.of("POST", tls.uri("/"),
                        Map.of("Content-Type", "application/x-amz-json-1.0"), body);

                assertThat(secure.sendBlocking(request).body()).isEqualTo(body);
                assertThat(tls.takeRequest().header("Content-Type")).isEqualTo("application/x-amz-json-1.0");
            }
            assertThat(tls.connectionCount()).isEqualTo(1);
        }
    }

    @Test
    void sendBlockingWritesHeadersAndBodyInOneGo() throws Exception {
        // The contract's one-read test goes through send; a PutItem of a few kilobytes is common
        for (int length : new int[] {16, 1_024, 4_096}) {
            transport.sendBlocking(post(pattern(length)));

            assertThat(server.takeRequest().arrivedInOneRead()).as("%d bytes in one read", length).isTrue();
        }
    }

    @Test
    void anInterruptedThreadSendsNothingAndStaysInterrupted() throws Exception {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> transport.sendBlocking(post(new byte[0])))
                    .isInstanceOf(InterruptedIOException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }

        assertThat(transport.sendBlocking(post("after".getBytes(StandardCharsets.UTF_8))).body())
                .asString(StandardCharsets.UTF_8).isEqualTo("after");
        assertThat(server.takeRequest().body()).asString(StandardCharsets.UTF_8).isEqualTo("after");
    }

    @Test
    void aGivenClientIsUsedAndLeftOpen() throws Exception {
        try (CloseableHttpAsyncClient client = HttpAsyncClients.createDefault()) {
            try (Transport shared = ApacheTransport.builder().settings(SETTINGS).client(client).build()) {
                assertThat(shared.sendBlocking(post("shared".getBytes())).body()).asString().isEqualTo("shared");
                assertThat(shared).hasToString("ApacheTransport{Apache HttpClient 5 (given client),"
                        + " connectTimeout=PT2S, requestTimeout=PT10S}");
            }

            SimpleHttpRequest stillOpen = SimpleHttpRequest.create("GET", server.uri("/"));
            assertThat(client.execute(stillOpen, null).get().getCode()).isEqualTo(200);
            client.close(CloseMode.IMMEDIATE);
        }
    }

    @Test
    void aGivenClientCannotBeTunedByTheBuilder() {
        try (CloseableHttpAsyncClient client = HttpAsyncClients.createDefault()) {
            assertThatThrownBy(() -> ApacheTransport.builder().client(client).maxConnectionsPerRoute(8).build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("tune the given client itself");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theBuilderRejectsNonPositiveLimits() {
        assertThatThrownBy(() -> ApacheTransport.builder().maxConnections(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxConnections must be positive, got 0");
    }

    @Test
    void aGivenExecutorCompletesTheFutures() throws Exception {
        AtomicInteger tasks = new AtomicInteger();
        try (Transport tuned = ApacheTransport.builder().settings(SETTINGS)
                .executor(task -> {
                    tasks.incrementAndGet();
                    task.run();
                })
                .build()) {
            // Only send's futures: sendBlocking hands the response straight to the waiting thread
            assertThat(tuned.send(post(new byte[0])).get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }

        assertThat(tasks.get()).isPositive();
    }

    @Test
    void closeStopsTheTransportsThreads() throws Exception {
        send(post(new byte[0]));
        assertThat(transportThreads()).isNotEmpty();

        // Every other transport of this class is closed by now, so no thread of ours may stay
        transport.close();

        for (Thread thread : transportThreads()) {
            thread.join(5_000);
            assertThat(thread.isAlive()).as(thread.getName()).isFalse();
        }
    }

    @Test
    void toStringNamesTheClientItsLimitsAndSettings() {
        assertThat(transport).hasToString("ApacheTransport{Apache HttpClient 5 HTTP/1.1, maxConnections=128,"
                + " maxConnectionsPerRoute=64, connectTimeout=PT2S, requestTimeout=PT10S}");
        transport.close();
        assertThat(transport.toString()).endsWith(", closed}");
    }

    private static List<Thread> transportThreads() {
        List<Thread> threads = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("lowvoltage-apache-")) {
                threads.add(thread);
            }
        }
        return threads;
    }
}
