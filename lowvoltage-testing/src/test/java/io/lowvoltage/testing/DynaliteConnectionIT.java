package io.lowvoltage.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.actions.GetItem;
import io.lowvoltage.exceptions.ResourceNotFoundException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * The injected Connection reaches dynalite through the real signer and JDK transport.
 */
@LocalDynamoDB
@Timeout(180)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DynaliteConnectionIT {
    private static final AtomicReference<Connection> FROM_FIRST_TEST = new AtomicReference<>();

    @Test
    @Order(1)
    void injectedConnectionTalksToDynalite(Connection connection, Connection same, Dynalite dynalite) {
        FROM_FIRST_TEST.set(connection);

        assertThat(same).isSameAs(connection);
        assertThat(connection.toString()).contains("endpoint=" + dynalite.endpoint() + "/", "region=us-east-1");
        assertThatThrownBy(() -> connection.request(new GetItem("NoSuchTable", Map.of("h", "x"))))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    @Order(2)
    void eachTestGetsAFreshConnectionAndThePreviousOneWasClosed(Connection connection) {
        assertThat(connection).isNotSameAs(FROM_FIRST_TEST.get());
        assertThatThrownBy(() -> FROM_FIRST_TEST.get().request(new GetItem("NoSuchTable", Map.of("h", "x"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }
}
