package io.lowvoltage.support;

import io.lowvoltage.Connection;
import io.lowvoltage.credentials.StaticCredentials;
import io.lowvoltage.retry.RetryPolicies;
import java.util.Map;

/** Connections over a {@link CannedTransport}, for unit tests of actions and of the connection. */
public final class Connections {
    private Connections() {
    }

    /**
     * @param transport the canned transport
     * @return a connection that signs with a marker header (no real signature) and never retries
     */
    public static Connection over(CannedTransport transport) {
        return Connection.builder()
                .region("us-east-1")
                .endpoint("http://127.0.0.1:1")
                .credentials(new StaticCredentials("AKID", "SECRET"))
                .transport(transport)
                .signer((request, parameters) -> request.withHeaders(Map.of("Authorization", "test")))
                .retryPolicy(RetryPolicies.FAIL_FAST)
                .build();
    }
}
