package io.lowvoltage.compounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.actions.TableStatus;
import io.lowvoltage.compounds.support.Json;
import io.lowvoltage.compounds.support.ScriptedTransport;
import io.lowvoltage.exceptions.ClientException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WaiterTest {
    private static final Duration POLL = Duration.ofMillis(1);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final ScriptedTransport transport = new ScriptedTransport();
    private final Connection connection = transport.connection();

    private static String table(String status) {
        return "{\"Table\":{\"TableName\":\"Tbl\",\"TableStatus\":\"" + status + "\"}}";
    }

    @Test
    void tableActivationRetriesWhileNotFoundOrCreating() {
        transport.respond(400, Json.error("ResourceNotFoundException")).ok(table("CREATING")).ok(table("ACTIVE"));

        assertThat(Compounds.waitForTableActivation(connection, "Tbl", TIMEOUT, POLL).tableStatus())
                .isEqualTo(TableStatus.ACTIVE);
        assertThat(transport.count()).isEqualTo(3);
        assertThat(transport.bodies()).allSatisfy(body -> assertThat(body).isEqualTo("{\"TableName\":\"Tbl\"}"));
    }

    @Test
    void tableDeletionSucceedsOnNotFound() {
        transport.ok(table("DELETING")).ok(table("DELETING")).respond(400, Json.error("ResourceNotFoundException"));

        Compounds.waitForTableDeletion(connection, "Tbl", TIMEOUT, POLL);
        assertThat(transport.count()).isEqualTo(3);
    }

    @Test
    void theTimeoutThrowsWaiterExceptionWithTheLastAnswer() {
        transport.handler(body -> table("CREATING"));

        assertThatThrownBy(() -> Compounds.waitForTableActivation(connection, "Tbl", Duration.ofMillis(50),
                Duration.ofMillis(10)))
                .isInstanceOfSatisfying(WaiterException.class, e -> {
                    assertThat(e.isTimeout()).isTrue();
                    assertThat(e.waiter()).isEqualTo("TableExists");
                })
                .hasMessageContaining("CREATING");
        assertThat(transport.count()).isBetween(2, 7);
    }

    @Test
    void anErrorNoAcceptorMatchesIsThrownAsItIs() {
        transport.respond(400, Json.error("ValidationException"));

        assertThatThrownBy(() -> Compounds.waitForTableActivation(connection, "Tbl", TIMEOUT, POLL))
                .isInstanceOf(ClientException.class).hasMessageContaining("ValidationException");
    }

    @Test
    void aFailureStateStopsTheWait() {
        Waiter<io.lowvoltage.actions.DescribeTableResponse> failsOnDeleting = Waiter.of("NotDeleting",
                response -> response.table().tableStatus() == TableStatus.DELETING ? Waiter.State.FAILURE
                        : Waiter.State.RETRY,
                error -> Waiter.State.FAILURE);
        transport.ok(table("DELETING"));

        assertThatThrownBy(() -> failsOnDeleting.await(connection, new io.lowvoltage.actions.DescribeTable("Tbl"),
                TIMEOUT, POLL))
                .isInstanceOfSatisfying(WaiterException.class, e -> assertThat(e.isTimeout()).isFalse());
    }
}
