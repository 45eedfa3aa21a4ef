package io.lowvoltage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.actions.GetItem;
import io.lowvoltage.credentials.StaticCredentials;
import io.lowvoltage.exceptions.LowVoltageException;
import io.lowvoltage.exceptions.ThrottlingException;
import io.lowvoltage.exceptions.TransactionCanceledException;
import io.lowvoltage.exceptions.UnknownClientException;
import io.lowvoltage.retry.RetryPolicy;
import io.lowvoltage.spi.TransportResponse;
import io.lowvoltage.support.CannedTransport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConnectionRetryTest {
    private static final GetItem GET = new GetItem("Tbl", Map.of("h", 1));

    private final CannedTransport transport = new CannedTransport();

    private Connection connection(RetryPolicy policy) {
        Connection.Builder builder = Connection.builder().region("us-east-1").endpoint("http://127.0.0.1:9")
                .credentials(new StaticCredentials("AKID", "SECRET")).transport(transport)
                .signer((request, parameters) -> request);
        return (policy == null ? builder : builder.retryPolicy(policy)).build();
    }

    /** Records what the connection tells the policy; retries at once, as often as asked. */
    private static final class Recording implements RetryPolicy {
        final List<List<LowVoltageException>> successes = new ArrayList<>();
        final List<List<LowVoltageException>> failures = new ArrayList<>();

        @Override
        public synchronized Optional<Duration> nextDelay(Action<?> action, List<LowVoltageException> errors) {
            failures.add(errors);
            return Optional.of(Duration.ZERO);
        }

        @Override
        public synchronized void onSuccess(Action<?> action, List<LowVoltageException> errors) {
            successes.add(errors);
        }
    }

    @Test
    void thePolicyHearsOfEverySuccessWithTheErrorsBeforeIt() throws Exception {
        Recording policy = new Recording();
        Connection connection = connection(policy);
        transport.ok("{}").respond(500, "{}").ok("{}").respond(503, "").ok("{}");

        connection.request(GET);
        connection.request(GET);
        connection.requestAsync(GET).get(5, TimeUnit.SECONDS);

        assertThat(policy.successes).hasSize(3);
        assertThat(policy.successes.get(0)).isEmpty();
        assertThat(policy.successes.get(1)).hasSize(1);
        assertThat(policy.successes.get(2)).hasSize(1);
    }

    @Test
    void theRetryAfterHeaderReachesTheError() {
        transport.respond(TransportResponse.of(400, Map.of("x-amz-retry-after", "1500"),
                "{\"__type\":\"x#ThrottlingException\"}".getBytes(StandardCharsets.UTF_8)));
        transport.respond(TransportResponse.of(400, Map.of("X-Amz-Retry-After", "soon"),
                "{\"__type\":\"x#ThrottlingException\"}".getBytes(StandardCharsets.UTF_8)));
        Connection connection = connection(io.lowvoltage.retry.RetryPolicies.FAIL_FAST);

        assertThatThrownBy(() -> connection.request(GET)).isInstanceOfSatisfying(ThrottlingException.class,
                e -> assertThat(e.error().retryAfter()).contains(Duration.ofMillis(1500)));
        assertThatThrownBy(() -> connection.request(GET)).isInstanceOfSatisfying(ThrottlingException.class,
                e -> assertThat(e.error().retryAfter()).isEmpty());
    }

    @Test
    void theDefaultPolicyMakesFourAttemptsAtMost() {
        for (int i = 0; i < 4; i++) {
            transport.respond(400, "{\"__type\":\"x#RequestTimeoutException\"}");
        }
        Connection connection = connection(null);

        assertThatThrownBy(() -> connection.request(GET)).isInstanceOf(UnknownClientException.class)
                .satisfies(e -> assertThat(((LowVoltageException) e).isRetryable()).isTrue());
        assertThat(transport.requests()).hasSize(4);
        assertThat(connection.toString()).contains("StandardRetryPolicy{maxAttempts=4");
    }

    @Test
    void aTransactionCancelledByAConflictIsRetriedButNotOneWhoseConditionFailed() {
        transport.respond(400, "{\"__type\":\"x#TransactionCanceledException\",\"CancellationReasons\":"
                        + "[{\"Code\":\"None\"},{\"Code\":\"TransactionConflict\"}]}")
                .ok("{}")
                .respond(400, "{\"__type\":\"x#TransactionCanceledException\",\"CancellationReasons\":"
                        + "[{\"Code\":\"TransactionConflict\"},{\"Code\":\"ConditionalCheckFailed\"}]}");
        Connection connection = connection(new Recording());

        connection.request(GET);
        assertThatThrownBy(() -> connection.request(GET)).isInstanceOf(TransactionCanceledException.class);
        assertThat(transport.requests()).hasSize(3);
    }
}
