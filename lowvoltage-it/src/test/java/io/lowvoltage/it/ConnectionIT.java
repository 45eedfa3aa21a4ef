package io.lowvoltage.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.actions.GetItem;
import io.lowvoltage.credentials.StaticCredentials;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.exceptions.NetworkException;
import io.lowvoltage.exceptions.ResourceNotFoundException;
import io.lowvoltage.retry.RetryPolicies;
import io.lowvoltage.testing.Dynalite;
import io.lowvoltage.testing.DynaliteExtension;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The connection end to end, on the transport and signer discovered on the class path. */
@ExtendWith(DynaliteExtension.class)
class ConnectionIT {
    @Test
    void discoversTheJdkTransportAndTheSigV4Signer(Connection connection) {
        assertThat(connection.toString()).contains("transport=jdk", "signer=sigv4");
    }

    @Test
    void aDynamoDbErrorBecomesItsExceptionWithTheServiceMessage(Connection connection) {
        assertThatThrownBy(() -> connection.request(new GetItem("NoSuchTable", Map.of("h", 1))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("GetItem failed with ResourceNotFoundException: Requested resource not found"
                        + " (HTTP 400, request id ");
    }

    @Test
    void aMissingMandatoryMemberFailsBeforeSendingAndSaysHowToSetIt(Connection connection) {
        assertThatThrownBy(() -> connection.request(new GetItem().key(Map.of("h", 0))))
                .isInstanceOf(BuilderException.class)
                .hasMessage("GetItem needs TableName, which is not set."
                        + " Set it with new GetItem(tableName, key) or .tableName(...)");
    }

    @Test
    void anInvalidAttributeValueFailsBeforeSendingAndNamesItsPath(Connection connection) {
        assertThatThrownBy(() -> connection.request(new GetItem("Tbl", Map.of("h", Double.NaN))))
                .isInstanceOf(BuilderException.class)
                .hasMessage("Attribute Key.h is NaN, which DynamoDB cannot store: numbers must be finite");
    }

    @Test
    void anUnreachableEndpointIsANetworkExceptionNamingTheEndpoint(Dynalite dynalite) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (Connection unreachable = Connection.builder()
                .region("us-east-1")
                .endpoint("http://127.0.0.1:" + closedPort)
                .credentials(new StaticCredentials("AKID", "SECRET"))
                .retryPolicy(RetryPolicies.FAIL_FAST)
                .build()) {
            assertThatThrownBy(() -> unreachable.request(new GetItem("Tbl", Map.of("h", 1))))
                    .isInstanceOf(NetworkException.class)
                    .hasMessageStartingWith("GetItem to http://127.0.0.1:" + closedPort + "/ failed on attempt 1: ")
                    .hasMessageEndingWith("Check the endpoint and the network")
                    .hasCauseInstanceOf(ConnectException.class);
            assertThatThrownBy(() -> unreachable.requestAsync(new GetItem("Tbl", Map.of("h", 1))).join())
                    .isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(NetworkException.class);
        }
    }

    @Test
    void requestAsyncReachesDynalite(Connection connection) {
        assertThatThrownBy(() -> connection.requestAsync(new GetItem("NoSuchTable", Map.of("h", 1))).join())
                .hasCauseInstanceOf(ResourceNotFoundException.class);
    }
}
