package io.lowvoltage.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.AttemptEvent;
import io.lowvoltage.CallEvent;
import io.lowvoltage.Connection;
import io.lowvoltage.RequestListener;
import io.lowvoltage.actions.GetItem;
import io.lowvoltage.actions.ListTables;
import io.lowvoltage.actions.ListTablesResponse;
import io.lowvoltage.credentials.StaticCredentials;
import io.lowvoltage.exceptions.ResourceNotFoundException;
import io.lowvoltage.testing.Dynalite;
import io.lowvoltage.testing.DynaliteExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Listeners and logs on the real SigV4 signer and JDK transport, against dynalite. */
@ExtendWith(DynaliteExtension.class)
class ObservabilityIT {
    private static final String SECRET = "SECRETKEYTEST";
    private static final String TOKEN = "TOKENTEST";

    /** Records every event, in order. */
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
    }

    /** Keeps the log records of io.lowvoltage while it logs everything. */
    private static final class Capture extends Handler {
        final StringBuilder text = new StringBuilder();

        @Override
        public synchronized void publish(LogRecord record) {
            text.append(record.getLevel()).append(' ').append(record.getLoggerName()).append(' ')
                    .append(record.getMessage()).append('\n');
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        synchronized String text() {
            return text.toString();
        }
    }

    @Test
    void listenersHearEachAttemptAndCallAndTheTraceLogKeepsEverySecret(Dynalite dynalite) {
        Logger jul = Logger.getLogger("io.lowvoltage");
        Level level = jul.getLevel();
        Capture capture = new Capture();
        jul.setLevel(Level.ALL);
        jul.setUseParentHandlers(false);
        jul.addHandler(capture);
        Recorder recorder = new Recorder();
        try (Connection connection = dynalite.connectionBuilder()
                .credentials(new StaticCredentials("AKIDTEST", SECRET, TOKEN))
                .listener(recorder)
                .build()) {
            ListTablesResponse tables = connection.request(new ListTables());
            assertThatThrownBy(() -> connection.request(new GetItem("NoSuchTable", Map.of("h", 1))))
                    .isInstanceOf(ResourceNotFoundException.class);

            assertThat(connection.describe()).contains("transport:        jdk", "signer:           sigv4",
                    "listeners:        [io.lowvoltage.it.ObservabilityIT$Recorder]").doesNotContain(SECRET, TOKEN);

            List<Object> events;
            synchronized (recorder) {
                events = List.copyOf(recorder.events);
            }
            assertThat(events).extracting(e -> e.getClass().getSimpleName())
                    .containsExactly("AttemptEvent", "CallEvent", "AttemptEvent", "CallEvent");

            AttemptEvent listed = (AttemptEvent) events.get(0);
            assertThat(listed.operation()).isEqualTo("ListTables");
            assertThat(listed.attempt()).isEqualTo(1);
            assertThat(listed.statusCode()).isEqualTo(200);
            assertThat(listed.succeeded()).isTrue();
            assertThat(listed.retryDelay()).isEmpty();
            assertThat(listed.bytesSent()).isEqualTo(2);
            assertThat(listed.bytesReceived()).isGreaterThanOrEqualTo("{\"TableNames\":[]}".length());
            assertPlausible(listed);
            CallEvent listCall = (CallEvent) events.get(1);
            assertThat(listCall.succeeded()).isTrue();
            assertThat(listCall.attempts()).isEqualTo(1);
            assertThat(listCall.response()).containsSame(tables);
            assertThat(listCall.duration()).isGreaterThanOrEqualTo(listed.wireTime())
                    .isLessThan(Duration.ofSeconds(30));

            AttemptEvent missing = (AttemptEvent) events.get(2);
            assertThat(missing.operation()).isEqualTo("GetItem");
            assertThat(missing.statusCode()).isEqualTo(400);
            assertThat(missing.errorType()).contains("ResourceNotFoundException");
            assertThat(missing.retryDelay()).isEmpty();
            assertPlausible(missing);
            CallEvent missingCall = (CallEvent) events.get(3);
            assertThat(missingCall.succeeded()).isFalse();
            assertThat(missingCall.error()).containsInstanceOf(ResourceNotFoundException.class);
            assertThat(missingCall.errorType()).contains("ResourceNotFoundException");
        } finally {
            jul.removeHandler(capture);
            jul.setUseParentHandlers(true);
            jul.setLevel(level);
        }

        String log = capture.text();
        assertThat(log)
                .contains("FINE io.lowvoltage.Connection ListTables attempt 1: POST " + dynalite.endpoint().resolve("/"),
                        "FINER io.lowvoltage.Connection GetItem attempt 1 request: POST ",
                        "Authorization: AWS4-HMAC-SHA256 Credential=AKIDTEST/",
                        "Signature=<redacted>", "X-Amz-Security-Token: <redacted>",
                        "{\"TableName\":\"NoSuchTable\",\"Key\":{\"h\":{\"N\":\"1\"}}}",
                        "GetItem attempt 1 response: HTTP 400", "ResourceNotFoundException")
                .doesNotContain(SECRET, TOKEN)
                .doesNotContainPattern("Signature=[0-9a-f]{64}");
    }

    private static void assertPlausible(AttemptEvent attempt) {
        assertThat(attempt.signTime()).isPositive().isLessThan(Duration.ofSeconds(5));
        assertThat(attempt.wireTime()).isPositive().isLessThan(Duration.ofSeconds(30));
        assertThat(attempt.parseTime()).isPositive().isLessThan(Duration.ofSeconds(5));
    }
}
