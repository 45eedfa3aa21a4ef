package io.lowvoltage.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.actions.GetItem;
import io.lowvoltage.exceptions.CancellationReason;
import io.lowvoltage.exceptions.InternalServerError;
import io.lowvoltage.exceptions.LowVoltageException;
import io.lowvoltage.exceptions.NetworkException;
import io.lowvoltage.exceptions.ProvisionedThroughputExceededException;
import io.lowvoltage.exceptions.ServerException;
import io.lowvoltage.exceptions.ServiceError;
import io.lowvoltage.exceptions.TransactionCanceledException;
import io.lowvoltage.exceptions.UnknownClientException;
import io.lowvoltage.exceptions.ValidationException;
import io.lowvoltage.Item;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StandardRetryPolicyTest {
    private static final GetItem GET = new GetItem("Tbl", Map.of("h", 1));
    private static final LowVoltageException THROTTLED =
            new ProvisionedThroughputExceededException(ServiceError.of("GetItem", 400, "ProvisionedThroughputExceededException", "", ""));
    private static final LowVoltageException FAILED =
            new InternalServerError(ServiceError.of("GetItem", 500, "InternalServerError", "", ""));

    private static StandardRetryPolicy noJitter() {
        return StandardRetryPolicy.builder().random(() -> 1.0).build();
    }

    private static List<LowVoltageException> times(LowVoltageException error, int count) {
        return new ArrayList<>(Collections.nCopies(count, error));
    }

    @Test
    void transientErrorsBackOffExponentiallyFrom25MillisecondsForThreeRetries() {
        StandardRetryPolicy policy = noJitter();

        assertThat(policy.nextDelay(GET, times(FAILED, 1))).contains(Duration.ofMillis(25));
        assertThat(policy.nextDelay(GET, times(FAILED, 2))).contains(Duration.ofMillis(50));
        assertThat(policy.nextDelay(GET, times(FAILED, 3))).contains(Duration.ofMillis(100));
        assertThat(policy.nextDelay(GET, times(FAILED, 4))).isEmpty();
    }

    @Test
    void throttlingErrorsBackOffFromOneSecondCappedAtTwentySeconds() {
        StandardRetryPolicy policy = StandardRetryPolicy.builder().random(() -> 1.0).maxAttempts(10)
                .unlimitedRetryQuota().build();

        assertThat(policy.nextDelay(GET, times(THROTTLED, 1))).contains(Duration.ofSeconds(1));
        assertThat(policy.nextDelay(GET, times(THROTTLED, 3))).contains(Duration.ofSeconds(4));
        assertThat(policy.nextDelay(GET, times(THROTTLED, 6))).contains(Duration.ofSeconds(20));
        assertThat(policy.nextDelay(GET, times(THROTTLED, 9))).contains(Duration.ofSeconds(20));
    }

    @Test
    void jitterDrawsTheWholeRangeFromZero() {
        assertThat(StandardRetryPolicy.builder().random(() -> 0.0).build().nextDelay(GET, times(THROTTLED, 2)))
                .contains(Duration.ZERO);
        assertThat(StandardRetryPolicy.builder().random(() -> 0.5).build().nextDelay(GET, times(THROTTLED, 2)))
                .contains(Duration.ofSeconds(1));
        for (int i = 0; i < 100; i++) {
            assertThat(StandardRetryPolicy.defaults().nextDelay(GET, times(FAILED, 3)).orElseThrow())
                    .isBetween(Duration.ZERO, Duration.ofMillis(100));
        }
    }

    @Test
    void theRetryQuotaRunsOutAndSuccessesRefillIt() {
        StandardRetryPolicy policy = StandardRetryPolicy.builder().random(() -> 0.0).retryQuota(30).build();

        assertThat(policy.nextDelay(GET, times(FAILED, 1))).isPresent();
        assertThat(policy.nextDelay(GET, times(FAILED, 1))).isPresent();
        assertThat(policy.availableTokens()).isEqualTo(2);
        assertThat(policy.nextDelay(GET, times(FAILED, 1))).as("14 tokens needed, 2 left").isEmpty();
        assertThat(policy.nextDelay(GET, times(THROTTLED, 1))).as("5 tokens needed, 2 left").isEmpty();

        policy.onSuccess(GET, times(FAILED, 1));
        assertThat(policy.availableTokens()).isEqualTo(16);
        policy.onSuccess(GET, List.of());
        assertThat(policy.availableTokens()).isEqualTo(17);
        policy.onSuccess(GET, times(THROTTLED, 2));
        assertThat(policy.availableTokens()).isEqualTo(22);
        for (int i = 0; i < 100; i++) {
            policy.onSuccess(GET, times(FAILED, 1));
        }
        assertThat(policy.availableTokens()).as("never above the capacity").isEqualTo(30);
    }

    @Test
    void aFreshDefaultPolicyHasAFullQuotaOf500() {
        StandardRetryPolicy policy = StandardRetryPolicy.defaults();
        assertThat(policy.availableTokens()).isEqualTo(500);
        int retries = 0;
        while (policy.nextDelay(GET, times(FAILED, 1)).isPresent()) {
            retries++;
        }
        assertThat(retries).isEqualTo(500 / 14);
    }

    @Test
    void retryAfterIsHonouredButClampedToTheBackoffPlusFiveSeconds() {
        StandardRetryPolicy policy = StandardRetryPolicy.builder().random(() -> 0.5).build();
        ServiceError throttled = ServiceError.of("GetItem", 400, "ThrottlingException", "", "");

        assertThat(policy.nextDelay(GET, List.of(throttling(throttled.withRetryAfter(Duration.ofMillis(1500))))))
                .contains(Duration.ofMillis(1500));
        assertThat(policy.nextDelay(GET, List.of(throttling(throttled.withRetryAfter(Duration.ofMillis(10))))))
                .as("never less than the backoff").contains(Duration.ofMillis(500));
        assertThat(policy.nextDelay(GET, List.of(throttling(throttled.withRetryAfter(Duration.ofMinutes(5))))))
                .as("at most the backoff plus 5 s").contains(Duration.ofMillis(5500));
    }

    private static LowVoltageException throttling(ServiceError error) {
        return new io.lowvoltage.exceptions.ThrottlingException(error);
    }

    @Test
    void throttlingAndTransientErrorsAreToldApart() {
        assertThat(RetryPolicies.isThrottling(THROTTLED)).isTrue();
        assertThat(RetryPolicies.isThrottling(FAILED)).isFalse();
        assertThat(RetryPolicies.isTransient(FAILED)).isTrue();
        assertThat(RetryPolicies.isTransient(new NetworkException("x", new IOException()))).isTrue();
        for (String code : List.of("ThrottlingException", "RequestLimitExceeded", "TransactionInProgressException",
                "LimitExceededException", "ProvisionedThroughputExceededException")) {
            UnknownClientException error = new UnknownClientException(ServiceError.of("GetItem", 400, code, "", ""));
            assertThat(error.isRetryable()).as(code).isTrue();
            assertThat(RetryPolicies.isThrottling(error)).as(code).isTrue();
        }
        for (String code : List.of("RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete")) {
            UnknownClientException error = new UnknownClientException(ServiceError.of("GetItem", 400, code, "", ""));
            assertThat(error.isRetryable()).as(code).isTrue();
            assertThat(RetryPolicies.isTransient(error)).as(code).isTrue();
        }
        UnknownClientException tooMany = new UnknownClientException(ServiceError.of("GetItem", 429, "HTTP429", "", ""));
        assertThat(RetryPolicies.isThrottling(tooMany)).isTrue();
        ServerException crc = new ServerException(ServiceError.of("GetItem", 200, ServerException.CRC32_MISMATCH, "", ""));
        assertThat(RetryPolicies.isTransient(crc)).isTrue();
        ValidationException invalid = new ValidationException(ServiceError.of("GetItem", 400, "ValidationException", "", ""));
        assertThat(invalid.isRetryable()).isFalse();
        assertThat(RetryPolicies.isThrottling(invalid)).isFalse();
        assertThat(RetryPolicies.isTransient(invalid)).isFalse();
    }

    @Test
    void aCancelledTransactionIsRetryableOnlyWhenEveryReasonMayClear() {
        assertThat(cancelled("None", "TransactionConflict").isRetryable()).isTrue();
        assertThat(cancelled("ThrottlingError", "None", "ProvisionedThroughputExceeded").isRetryable()).isTrue();
        assertThat(cancelled("TransactionConflict", "ConditionalCheckFailed").isRetryable()).isFalse();
        assertThat(cancelled("ConditionalCheckFailed").isRetryable()).isFalse();
        assertThat(cancelled("ValidationError").isRetryable()).isFalse();
        assertThat(cancelled("None", "None").isRetryable()).isFalse();
        assertThat(cancelled().isRetryable()).isFalse();

        assertThat(RetryPolicies.isThrottling(cancelled("None", "ThrottlingError"))).isTrue();
        assertThat(RetryPolicies.isTransient(cancelled("TransactionConflict"))).isTrue();
        assertThat(RetryPolicies.isThrottling(cancelled("ThrottlingError", "ConditionalCheckFailed"))).isFalse();
    }

    private static TransactionCanceledException cancelled(String... codes) {
        List<CancellationReason> reasons = new ArrayList<>();
        for (String code : codes) {
            reasons.add(new CancellationReason(code, "", Item.empty()));
        }
        return new TransactionCanceledException(
                ServiceError.of("TransactWriteItems", 400, "TransactionCanceledException", "", ""), reasons);
    }

    @Test
    void settingsAreValidatedAndShown() {
        assertThatThrownBy(() -> StandardRetryPolicy.builder().maxAttempts(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> StandardRetryPolicy.builder().retryQuota(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(StandardRetryPolicy.builder().maxAttempts(1).build().nextDelay(GET, times(FAILED, 1))).isEmpty();
        assertThat(RetryPolicies.DEFAULT).hasToString("StandardRetryPolicy{maxAttempts=4, transientBase=PT0.025S,"
                + " throttlingBase=PT1S, maxBackoff=PT20S, retryQuota=500}");
        assertThat(StandardRetryPolicy.builder().retryQuota(0).build().nextDelay(GET, times(THROTTLED, 1)))
                .isEqualTo(Optional.empty());
    }
}
