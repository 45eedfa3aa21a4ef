package io.lowvoltage.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.exceptions.LowVoltageException;
import io.lowvoltage.exceptions.NetworkException;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExponentialBackoffRetryPolicyTest {
    private static List<LowVoltageException> errors(int count) {
        return Collections.nCopies(count, new NetworkException("x", new IOException()));
    }

    @Test
    void waitsGrowByTheMultiplierUntilMaxRetries() {
        RetryPolicy policy = new ExponentialBackoffRetryPolicy(Duration.ofMillis(10), 3, 3);

        assertThat(policy.nextDelay(null, errors(1))).contains(Duration.ofMillis(10));
        assertThat(policy.nextDelay(null, errors(2))).contains(Duration.ofMillis(30));
        assertThat(policy.nextDelay(null, errors(3))).contains(Duration.ofMillis(90));
        assertThat(policy.nextDelay(null, errors(4))).isEmpty();
    }

    @Test
    void jitterDrawsEachWaitBetweenZeroAndTheComputedOne() {
        RetryPolicy policy = new ExponentialBackoffRetryPolicy(Duration.ofMillis(100), 2, 5).withJitter();

        for (int i = 0; i < 200; i++) {
            Optional<Duration> delay = policy.nextDelay(null, errors(3));
            assertThat(delay).hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ZERO, Duration.ofMillis(400)));
        }
    }

    @Test
    void failFastNeverRetries() {
        assertThat(RetryPolicies.FAIL_FAST.nextDelay(null, errors(1))).isEmpty();
        assertThat(RetryPolicies.DEFAULT.nextDelay(null, errors(1))).isPresent();
    }

    @Test
    void invalidSettingsAreRefusedWithTheirName() {
        assertThatThrownBy(() -> new ExponentialBackoffRetryPolicy(Duration.ofMillis(-1), 2, 1))
                .hasMessageContaining("firstWait");
        assertThatThrownBy(() -> new ExponentialBackoffRetryPolicy(Duration.ZERO, 0.5, 1))
                .hasMessageContaining("multiplier");
        assertThatThrownBy(() -> new ExponentialBackoffRetryPolicy(Duration.ZERO, 2, -1))
                .hasMessageContaining("maxRetries");
    }
}
