package io.lowvoltage.it.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.lowvoltage.Connection;
import io.lowvoltage.actions.GetItem;
import io.lowvoltage.actions.GetItemResponse;
import io.lowvoltage.credentials.StaticCredentials;
import io.lowvoltage.exceptions.InternalServerError;
import io.lowvoltage.exceptions.LowVoltageException;
import io.lowvoltage.exceptions.NetworkException;
import io.lowvoltage.exceptions.ProvisionedThroughputExceededException;
import io.lowvoltage.exceptions.ServerException;
import io.lowvoltage.exceptions.ThrottlingException;
import io.lowvoltage.exceptions.UnknownException;
import io.lowvoltage.it.faults.FaultServer.ResetMidRequest;
import io.lowvoltage.it.faults.FaultServer.ResetMidResponse;
import io.lowvoltage.it.faults.FaultServer.ResetOnConnect;
import io.lowvoltage.it.faults.FaultServer.Respond;
import io.lowvoltage.it.faults.FaultServer.Silence;
import io.lowvoltage.it.faults.FaultServer.TruncatedBody;
import io.lowvoltage.retry.RetryPolicies;
import io.lowvoltage.retry.RetryPolicy;
import io.lowvoltage.retry.StandardRetryPolicy;
import io.lowvoltage.spi.TransportSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The connection, on the JDK transport and the SigV4 signer, against a server that misbehaves: each test
 * asserts the exception class, whether it is retryable, how many attempts reached the server, and that nothing
 * hangs (every call is bounded, and the server's threads end).
 */
class FaultInjectionTest {
    private static final GetItem GET = new GetItem("Tbl", Map.of("h", 1));
    private static final String ITEM = "{\"Item\":{\"h\":{\"N\":\"1\"}}}";
    private static final String THROTTLED = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#"
            + "ProvisionedThroughputExceededException\",\"message\":\"slow down\"}";
    private static final Duration BOUND = Duration.ofSeconds(15);

    private FaultServer server;
    private Connection connection;

    /** The standard policy, 4 attempts, with millisecond backoffs so that tests are quick. */
    private static StandardRetryPolicy fastStandard() {
        return StandardRetryPolicy.builder().transientBase(Duration.ofMillis(1)).throttlingBase(Duration.ofMillis(1))
                .build();
    }

    private Connection connect(RetryPolicy policy) {
        return Connection.builder()
                .region("us-east-1")
                .endpoint(server.url())
                .credentials(new StaticCredentials("AKID", "SECRET"))
                .transportSettings(TransportSettings.builder().connectTimeout(Duration.ofSeconds(1))
                        .requestTimeout(Duration.ofMillis(1500)).build())
                .retryPolicy(policy)
                .build();
    }

    @BeforeEach
    void start() throws IOException {
        server = new FaultServer();
        connection = connect(fastStandard());
    }

    @AfterEach
    void stop() throws IOException {
        connection.close();
        server.close();
        assertThat(server.liveHandlers()).as("server threads still running").isEmpty();
    }

    private <T extends LowVoltageException> T fails(Class<T> type, boolean retryable, ThrowingCallable call) {
        Throwable[] thrown = new Throwable[1];
        assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(call).satisfies(t -> thrown[0] = t));
        Throwable error = thrown[0] instanceof CompletionException ? thrown[0].getCause() : thrown[0];
        assertThat(error).isInstanceOf(type);
        assertThat(((LowVoltageException) error).isRetryable()).as("retryable").isEqualTo(retryable);
        return type.cast(error);
    }

    private GetItemResponse succeeds() {
        return assertTimeoutPreemptively(BOUND, () -> connection.request(GET));
    }

    @Test
    void aSignedRequestGoesOverTheWire() throws InterruptedException {
        server.respond(200, ITEM);

        assertThat(succeeds().item()).containsKey("h");

        FaultServer.RecordedRequest request = server.takeRequest();
        assertThat(request.requestLine()).isEqualTo("POST / HTTP/1.1");
        assertThat(request.headers()).containsEntry("x-amz-target", "DynamoDB_20120810.GetItem")
                .containsEntry("content-type", "application/x-amz-json-1.0")
                .containsKey("x-amz-date");
        assertThat(request.headers().get("authorization")).startsWith("AWS4-HMAC-SHA256 Credential=AKID/");
        assertThat(request.bodyText()).isEqualTo("{\"TableName\":\"Tbl\",\"Key\":{\"h\":{\"N\":\"1\"}}}");
    }

    @Test
    void aRefusedConnectionIsARetryableNetworkExceptionAfterFourAttempts() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (Connection refused = Connection.builder().region("us-east-1").endpoint("http://127.0.0.1:" + closedPort)
                .credentials(new StaticCredentials("AKID", "SECRET")).retryPolicy(fastStandard()).build()) {
            fails(NetworkException.class, true, () -> refused.request(GET));
        }
    }

    @Test
    void aResetBeforeTheRequestIsRetriedUntilItSucceeds() {
        server.enqueue(new ResetOnConnect()).enqueue(new ResetOnConnect()).respond(200, ITEM);

        assertThat(succeeds().item()).containsKey("h");
        assertThat(server.connections()).isEqualTo(3);
    }

    @Test
    void aResetInTheMiddleOfTheRequestIsARetryableNetworkException() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new ResetMidRequest());
        }

        fails(NetworkException.class, true, () -> connection.request(GET));
        assertThat(server.connections()).isEqualTo(4);
    }

    @Test
    void aResetInTheMiddleOfTheResponseIsRetried() {
        byte[] body = ITEM.getBytes(StandardCharsets.UTF_8);
        server.enqueue(new ResetMidResponse(200, body)).respond(200, ITEM);

        assertThat(succeeds().item()).containsKey("h");
        assertThat(server.connections()).isEqualTo(2);
    }

    @Test
    void aTruncatedBodyIsARetryableNetworkException() {
        byte[] body = ITEM.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 4; i++) {
            server.enqueue(new TruncatedBody(200, body));
        }

        fails(NetworkException.class, true, () -> connection.request(GET));
        assertThat(server.connections()).isEqualTo(4);
    }

    @Test
    void aSilentServerTimesOutWithinTheRequestTimeoutOnEveryAttempt() {
        try (Connection once = connect(RetryPolicies.FAIL_FAST)) {
            server.enqueue(new Silence());
            long start = System.nanoTime();

            NetworkException error = fails(NetworkException.class, true, () -> once.request(GET));

            assertThat(error).hasRootCauseInstanceOf(HttpTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(1400), Duration.ofSeconds(5));
            assertThat(server.connections()).isEqualTo(1);
        }
    }

    @Test
    void aSlowAnswerWithinTheTimeoutIsFine() {
        server.enqueue(new Respond(200, Map.of("x-amz-crc32", Long.toString(FaultServer.crc32(
                ITEM.getBytes(StandardCharsets.UTF_8)))), ITEM.getBytes(StandardCharsets.UTF_8), Duration.ofMillis(300)));

        assertThat(succeeds().item()).containsKey("h");
    }

    @Test
    void aWrongCrcIsARetryableServerExceptionAndIsRetried() {
        byte[] body = ITEM.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 4; i++) {
            server.enqueue(new Respond(200, Map.of("x-amz-crc32", "12345"), body, Duration.ZERO));
        }

        ServerException error = fails(ServerException.class, true, () -> connection.request(GET));
        assertThat(error.code()).isEqualTo(ServerException.CRC32_MISMATCH);
        assertThat(server.connections()).isEqualTo(4);
    }

    @Test
    void malformedJsonIsAnUnknownExceptionThatIsNotRetried() {
        server.respond(200, "{\"Item\":{\"h\":");

        fails(UnknownException.class, false, () -> connection.request(GET));
        assertThat(server.connections()).isEqualTo(1);
    }

    @Test
    void anEmptySuccessBodyIsAnUnknownException() {
        server.respond(200, "");

        fails(UnknownException.class, false, () -> connection.request(GET));
        assertThat(server.connections()).isEqualTo(1);
    }

    @Test
    void anHtmlPageInsteadOfJsonIsAnUnknownExceptionQuotingIt() {
        byte[] html = "<html><body>Gateway</body></html>".getBytes(StandardCharsets.UTF_8);
        server.enqueue(new Respond(200, Map.of("Content-Type", "text/html"), html, Duration.ZERO));

        UnknownException error = fails(UnknownException.class, false, () -> connection.request(GET));
        assertThat(error).hasMessageContaining("<html>");
        assertThat(server.connections()).isEqualTo(1);
    }

    @Test
    void serverErrorsAreRetriedFourTimesInAll() {
        server.respond(500, "{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\"}")
                .enqueue(new Respond(503, Map.of("Content-Type", "text/html"),
                        "<html>busy</html>".getBytes(StandardCharsets.UTF_8), Duration.ZERO))
                .respond(503, "")
                .respond(500, "{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\"}");

        fails(InternalServerError.class, true, () -> connection.request(GET));
        assertThat(server.connections()).isEqualTo(4);
    }

    @Test
    void aThrottlingBurstShorterThanTheAttemptsIsAbsorbed() {
        server.respondTimes(3, 400, THROTTLED).respond(200, ITEM);

        assertThat(succeeds().item()).containsKey("h");
        assertThat(server.connections()).isEqualTo(4);
    }

    @Test
    void aLongerThrottlingBurstReachesTheCaller() {
        server.respondTimes(5, 400, THROTTLED);

        ProvisionedThroughputExceededException error =
                fails(ProvisionedThroughputExceededException.class, true, () -> connection.request(GET));
        assertThat(error.getMessage()).contains("slow down");
        assertThat(server.connections()).isEqualTo(4);
    }

    @Test
    void theRetryAfterHeaderIsWaitedFor() {
        server.respond(400, "{\"__type\":\"x#ThrottlingException\"}", Map.of("x-amz-retry-after", "400"))
                .respond(200, ITEM);
        long start = System.nanoTime();

        assertThat(succeeds().item()).containsKey("h");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(server.connections()).isEqualTo(2);
    }

    @Test
    void anExhaustedRetryQuotaStopsRetryingEarly() {
        try (Connection lowQuota = connect(StandardRetryPolicy.builder().transientBase(Duration.ofMillis(1))
                .retryQuota(20).build())) {
            server.respondTimes(4, 500, "{}");

            fails(ServerException.class, true, () -> lowQuota.request(GET));
            assertThat(server.connections()).as("one retry costs 14 of 20 tokens").isEqualTo(2);
        }
    }

    @Test
    void requestAsyncRetriesWithoutBlockingTheCaller() throws Exception {
        server.respondTimes(2, 400, THROTTLED).respond(200, ITEM);
        try (Connection slowRetries = connect(StandardRetryPolicy.builder().throttlingBase(Duration.ofMillis(200))
                .build())) {
            long start = System.nanoTime();
            CompletableFuture<GetItemResponse> future = slowRetries.requestAsync(GET);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(150));

            assertThat(future.get(10, TimeUnit.SECONDS).item()).containsKey("h");
            assertThat(server.connections()).isEqualTo(3);
        }
    }

    @Test
    void requestAsyncFailsWithTheLastErrorAfterFourAttempts() {
        server.respondTimes(4, 400, "{\"__type\":\"x#ThrottlingException\"}");

        fails(ThrottlingException.class, true, () -> connection.requestAsync(GET).join());
        assertThat(server.connections()).isEqualTo(4);
    }
}
