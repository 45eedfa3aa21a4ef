package io.lowvoltage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.actions.GetItem;
import io.lowvoltage.actions.GetItemResponse;
import io.lowvoltage.credentials.CredentialsProvider;
import io.lowvoltage.credentials.Credentials;
import io.lowvoltage.credentials.StaticCredentials;
import io.lowvoltage.exceptions.CredentialsException;
import io.lowvoltage.exceptions.NetworkException;
import io.lowvoltage.exceptions.ResourceNotFoundException;
import io.lowvoltage.exceptions.ServerException;
import io.lowvoltage.retry.RetryPolicies;
import io.lowvoltage.retry.RetryPolicy;
import io.lowvoltage.spi.Signer;
import io.lowvoltage.support.CannedTransport;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ObservabilityTest {
    private static final GetItem GET = new GetItem("Tbl", Map.of("h", 1));
    private static final String SIGNATURE = "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";
    private static final Duration DELAY = Duration.ofMillis(3);

    private final CannedTransport transport = new CannedTransport();
    private final Recorder recorder = new Recorder();
    private final Logger julLogger = Logger.getLogger("io.lowvoltage");
    private final Level julLevel = julLogger.getLevel();
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (logged) {
                logged.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /** A stand-in for SigV4: a recognisable signature and the session token, as the real signer adds them. */
    private static final Signer FAKE_SIGV4 = (request, parameters) -> request.withHeaders(Map.of(
            "X-Amz-Date", "20260102T030405Z",
            "X-Amz-Security-Token", parameters.credentials().sessionToken().orElseThrow(),
            "Authorization", "AWS4-HMAC-SHA256 Credential=" + parameters.credentials().accessKeyId()
                    + "/20260102/eu-west-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date, Signature="
                    + SIGNATURE));

    /** Records every event, in order, as the listeners hear them. */
    private static final class Recorder implements RequestListener {
        final List<Object> events = new ArrayList<>();

        @Override
        public synchronized void attemptCompleted(AttemptEvent event) {
            events.add(event);
        }

        @Override
        public synchronized void callCompleted(CallEvent event) {
            events.add(event);
        }

        synchronized List<Object> events() {
            return List.copyOf(events);
        }
    }

    private Connection.Builder builder(RetryPolicy retryPolicy) {
        return Connection.builder().region("eu-west-1").endpoint("http://127.0.0.1:9")
                .credentials(new StaticCredentials("AKIDOBS", "SECRETOBS", "TOKENOBS"))
                .transport(transport).signer(FAKE_SIGV4).retryPolicy(retryPolicy);
    }

    private static RetryPolicy retriesAfter(Duration delay) {
        return (action, errors) -> errors.size() < 3 ? Optional.of(delay) : Optional.empty();
    }

    private void captureLogs(Level level) {
        julLogger.setLevel(level);
        julLogger.setUseParentHandlers(false);
        julLogger.addHandler(handler);
    }

    @AfterEach
    void restoreLogging() {
        julLogger.removeHandler(handler);
        julLogger.setUseParentHandlers(true);
        julLogger.setLevel(julLevel);
    }

    private String logText() {
        StringBuilder text = new StringBuilder();
        synchronized (logged) {
            for (LogRecord record : logged) {
                text.append(record.getLevel()).append(' ').append(record.getLoggerName()).append(' ')
                        .append(record.getMessage()).append('\n');
                if (record.getThrown() != null) {
                    text.append(record.getThrown()).append('\n');
                }
            }
        }
        return text.toString();
    }

    @Test
    void aRetriedCallReportsEachAttemptWithItsDelayThenTheCall() {
        transport.respond(500, "{}").ok("{\"Item\":{\"h\":{\"N\":\"1\"}}}");
        Connection connection = builder(retriesAfter(DELAY)).listener(recorder).build();

        GetItemResponse response = connection.request(GET);

        List<Object> events = recorder.events();
        assertThat(events).hasSize(3);
        int bodySize = transport.requests().get(0).body().length;
        AttemptEvent first = (AttemptEvent) events.get(0);
        assertThat(first.operation()).isEqualTo("GetItem");
        assertThat(first.tableName()).contains("Tbl");
        assertThat(first.attempt()).isEqualTo(1);
        assertThat(first.statusCode()).isEqualTo(500);
        assertThat(first.succeeded()).isFalse();
        assertThat(first.error()).containsInstanceOf(ServerException.class);
        assertThat(first.errorType()).contains("HTTP500");
        assertThat(first.retryDelay()).contains(DELAY);
        assertThat(first.bytesSent()).isEqualTo(bodySize);
        assertThat(first.bytesReceived()).isEqualTo(2);
        assertThat(first.signTime()).isPositive();
        assertThat(first.wireTime()).isPositive();
        assertThat(first.parseTime()).isPositive();

        AttemptEvent second = (AttemptEvent) events.get(1);
        assertThat(second.attempt()).isEqualTo(2);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.succeeded()).isTrue();
        assertThat(second.error()).isEmpty();
        assertThat(second.errorType()).isEmpty();
        assertThat(second.retryDelay()).isEmpty();

        CallEvent call = (CallEvent) events.get(2);
        assertThat(call.tableName()).contains("Tbl");
        assertThat(call.operation()).isEqualTo("GetItem");
        assertThat(call.attempts()).isEqualTo(2);
        assertThat(call.succeeded()).isTrue();
        assertThat(call.response()).containsSame(response);
        assertThat(call.error()).isEmpty();
        assertThat(call.bytesSent()).isEqualTo(2L * bodySize);
        assertThat(call.bytesReceived()).isEqualTo(2 + "{\"Item\":{\"h\":{\"N\":\"1\"}}}".length());
        assertThat(call.duration()).isGreaterThanOrEqualTo(DELAY)
                .isGreaterThanOrEqualTo(first.signTime().plus(first.wireTime()).plus(first.parseTime()));
    }

    @Test
    void requestAsyncReportsTheSameEventsBeforeTheFutureCompletes() throws Exception {
        transport.respond(503, "").ok("{}");
        Connection connection = builder(retriesAfter(DELAY)).listener(recorder).build();

        connection.requestAsync(GET).thenRun(() -> assertThat(recorder.events()).hasSize(3))
                .get(5, TimeUnit.SECONDS);

        List<Object> events = recorder.events();
        assertThat(events).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("AttemptEvent", "AttemptEvent", "CallEvent");
        assertThat(((AttemptEvent) events.get(0)).retryDelay()).contains(DELAY);
        assertThat(((AttemptEvent) events.get(1)).statusCode()).isEqualTo(200);
        assertThat(((CallEvent) events.get(2)).attempts()).isEqualTo(2);
    }

    @Test
    void aFailedCallReportsItsErrorTypeAndNoDelay() {
        transport.respond(400, "{\"__type\":\"x#ResourceNotFoundException\",\"message\":\"nope\"}");
        Connection connection = builder(retriesAfter(DELAY)).listener(recorder).build();

        assertThatThrownBy(() -> connection.request(GET)).isInstanceOf(ResourceNotFoundException.class);

        AttemptEvent attempt = (AttemptEvent) recorder.events().get(0);
        assertThat(attempt.errorType()).contains("ResourceNotFoundException");
        assertThat(attempt.statusCode()).isEqualTo(400);
        assertThat(attempt.retryDelay()).isEmpty();
        CallEvent call = (CallEvent) recorder.events().get(1);
        assertThat(call.succeeded()).isFalse();
        assertThat(call.error()).containsInstanceOf(ResourceNotFoundException.class);
        assertThat(call.errorType()).contains("ResourceNotFoundException");
        assertThat(call.response()).isEmpty();
    }

    @Test
    void aNetworkFailureHasNoStatusAndNoBytesReceived() throws Exception {
        transport.fail(new ConnectException("refused")).fail(new ConnectException("refused"));
        Connection connection = builder(RetryPolicies.FAIL_FAST).listener(recorder).build();

        assertThatThrownBy(() -> connection.request(GET)).isInstanceOf(NetworkException.class);
        assertThatThrownBy(() -> connection.requestAsync(GET).get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(NetworkException.class);

        assertThat(recorder.events()).hasSize(4);
        for (int i : new int[] {0, 2}) {
            AttemptEvent attempt = (AttemptEvent) recorder.events().get(i);
            assertThat(attempt.statusCode()).isZero();
            assertThat(attempt.bytesReceived()).isZero();
            assertThat(attempt.parseTime()).isZero();
            assertThat(attempt.errorType()).contains("NetworkException");
            CallEvent call = (CallEvent) recorder.events().get(i + 1);
            assertThat(call.error()).containsInstanceOf(NetworkException.class);
        }
    }

    @Test
    void aCallWithoutCredentialsIsReportedWithNoAttempt() {
        CredentialsProvider none = () -> {
            throw new CredentialsException("no credentials here");
        };
        Connection connection = builder(RetryPolicies.FAIL_FAST).credentials(none).listener(recorder).build();

        assertThatThrownBy(() -> connection.request(GET)).isInstanceOf(CredentialsException.class);

        assertThat(recorder.events()).singleElement().isInstanceOfSatisfying(CallEvent.class, call -> {
            assertThat(call.attempts()).isZero();
            assertThat(call.errorType()).contains("CredentialsException");
        });
    }

    @Test
    void listenersAreCalledInOrderAndOneThatThrowsIsLoggedAndIgnored() {
        captureLogs(Level.WARNING);
        List<String> calls = new ArrayList<>();
        transport.ok("{}");
        Connection connection = builder(RetryPolicies.FAIL_FAST)
                .listener(new RequestListener() {
                    @Override
                    public void attemptCompleted(AttemptEvent event) {
                        calls.add("first attempt");
                        throw new IllegalStateException("listener bug");
                    }

                    @Override
                    public void callCompleted(CallEvent event) {
                        calls.add("first call");
                        throw new IllegalStateException("listener bug");
                    }
                })
                .listener(new RequestListener() {
                    @Override
                    public void attemptCompleted(AttemptEvent event) {
                        calls.add("second attempt");
                    }

                    @Override
                    public void callCompleted(CallEvent event) {
                        calls.add("second call");
                    }
                })
                .build();

        assertThat(connection.request(GET).item()).isNull();

        assertThat(calls).containsExactly("first attempt", "second attempt", "first call", "second call");
        assertThat(logged).hasSize(2).allSatisfy(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(record.getMessage()).startsWith("RequestListener io.lowvoltage.ObservabilityTest$")
                    .endsWith("; ignored");
            assertThat(record.getThrown()).hasMessage("listener bug");
        });
    }

    @Test
    void withoutListenersNorDebugLoggingNothingIsObserved() {
        Events none = new Events(List.of());
        assertThat(none.hasListeners()).isFalse();
        assertThat(none.start(GET, "GetItem", io.lowvoltage.spi.TransportRequest.of("POST",
                java.net.URI.create("http://127.0.0.1:9/"), Map.of(), new byte[0]))).isNull();
    }

    @Test
    void debugAndTraceLogsShowTheRequestButNeverASecret() {
        captureLogs(Level.ALL);
        // The secret and token appear in the item too: even there, the log must not show them.
        GetItem get = new GetItem("Tbl", Map.of("h", "SECRETOBS and TOKENOBS"));
        transport.respond(500, "{}").ok("{\"Item\":{\"h\":{\"S\":\"SECRETOBS\"}}}");
        Connection connection = builder(retriesAfter(Duration.ZERO)).build();

        connection.request(get);

        String log = logText();
        assertThat(log)
                .contains("FINE io.lowvoltage.Connection GetItem attempt 1: POST http://127.0.0.1:9/ (",
                        "-> HTTP 500 (2 bytes)", "; retrying in 0.000 ms",
                        "GetItem attempt 2: POST http://127.0.0.1:9/", "-> HTTP 200",
                        "GetItem succeeded after 2 attempts",
                        "FINER io.lowvoltage.Connection GetItem attempt 1 request: POST http://127.0.0.1:9/",
                        "X-Amz-Target: DynamoDB_20120810.GetItem",
                        "Authorization: AWS4-HMAC-SHA256 Credential=AKIDOBS/20260102/eu-west-1/dynamodb/aws4_request,"
                                + " SignedHeaders=host;x-amz-date, Signature=<redacted>",
                        "X-Amz-Security-Token: <redacted>",
                        "{\"TableName\":\"Tbl\",\"Key\":{\"h\":{\"S\":\"<redacted> and <redacted>\"}}}",
                        "GetItem attempt 2 response: HTTP 200",
                        "{\"Item\":{\"h\":{\"S\":\"<redacted>\"}}}")
                .doesNotContain("SECRETOBS", "TOKENOBS", SIGNATURE);
    }

    @Test
    void describeShowsTheEffectiveConfigurationOneSettingALineAndNoSecret() {
        String description = builder(RetryPolicies.FAIL_FAST).listener(recorder).build().describe();

        assertThat(description.lines()).containsExactly(
                "LowVoltage Connection",
                "  endpoint:         http://127.0.0.1:9/",
                "  streams endpoint: http://127.0.0.1:9/",
                "  region:           eu-west-1",
                "  transport:        io.lowvoltage.support.CannedTransport (given to the builder)",
                "  signer:           " + FAKE_SIGV4.getClass().getName(),
                "  credentials:      StaticCredentials{Credentials{accessKeyId=AKIDOBS, temporary}}",
                "  retry policy:     " + RetryPolicies.FAIL_FAST,
                "  listeners:        [io.lowvoltage.ObservabilityTest$Recorder]");
        assertThat(description).doesNotContain("SECRETOBS", "TOKENOBS");
    }

    @Test
    void describeNamesOnlyTheClassOfAnUnknownCredentialsProvider() {
        CredentialsProvider custom = new CredentialsProvider() {
            @Override
            public Credentials credentials() {
                return Credentials.of("AKIDOBS", "SECRETOBS");
            }

            @Override
            public String toString() {
                return "leaky SECRETOBS";
            }
        };
        String description = builder(RetryPolicies.FAIL_FAST).credentials(custom).build().describe();

        assertThat(description).contains("  credentials:      io.lowvoltage.ObservabilityTest$")
                .contains("  listeners:        none")
                .doesNotContain("SECRETOBS");
    }

    @Test
    void theBodyIsLoggedUtf8() {
        captureLogs(Level.ALL);
        transport.ok("{}");
        builder(RetryPolicies.FAIL_FAST).build().request(new GetItem("Tbl", Map.of("h", "été")));
        assertThat(logText()).contains("{\"TableName\":\"Tbl\",\"Key\":{\"h\":{\"S\":\"été\"}}}");
    }
}
