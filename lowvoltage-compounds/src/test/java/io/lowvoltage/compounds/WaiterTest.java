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

    @Test
    void contributorInsightsEnabledRetriesWhileEnablingThenSucceeds() {
        transport.ok("{\"TableName\":\"Tbl\",\"ContributorInsightsStatus\":\"ENABLING\"}")
                .ok("{\"TableName\":\"Tbl\",\"ContributorInsightsStatus\":\"ENABLED\"}");

        assertThat(Compounds.waitForContributorInsightsEnabled(connection,
                new io.lowvoltage.actions.DescribeContributorInsights("Tbl").indexName("gsi"), TIMEOUT, POLL)
                .contributorInsightsStatus()).isEqualTo(io.lowvoltage.actions.ContributorInsightsStatus.ENABLED);
        assertThat(transport.count()).isEqualTo(2);
        assertThat(transport.bodies().get(0)).contains("\"IndexName\":\"gsi\"");
        assertThat(transport.requests().get(0).headers().get("X-Amz-Target"))
                .isEqualTo("DynamoDB_20120810.DescribeContributorInsights");
    }

    @Test
    void contributorInsightsFailedStopsTheWait() {
        transport.ok("{\"ContributorInsightsStatus\":\"ENABLING\"}").ok("{\"ContributorInsightsStatus\":\"FAILED\"}");

        assertFailsWithoutTimeout(() -> Compounds.waitForContributorInsightsEnabled(connection,
                new io.lowvoltage.actions.DescribeContributorInsights("Tbl"), TIMEOUT, POLL), "ContributorInsightsEnabled");
        assertThat(transport.count()).isEqualTo(2);
    }

    private static String export(String status) {
        return "{\"ExportDescription\":{\"ExportArn\":\"arn:e\",\"ExportStatus\":\"" + status + "\"}}";
    }

    @Test
    void exportCompletedRetriesWhileInProgress() {
        transport.ok(export("IN_PROGRESS")).ok(export("IN_PROGRESS")).ok(export("COMPLETED"));

        assertThat(Compounds.waitForExportCompleted(connection, "arn:e", TIMEOUT, POLL).exportStatus())
                .isEqualTo(io.lowvoltage.actions.ExportStatus.COMPLETED);
        assertThat(transport.bodies()).containsOnly("{\"ExportArn\":\"arn:e\"}").hasSize(3);
    }

    @Test
    void exportFailedStopsTheWait() {
        transport.ok(export("FAILED"));

        assertFailsWithoutTimeout(() -> Compounds.waitForExportCompleted(connection, "arn:e", TIMEOUT, POLL),
                "ExportCompleted");
    }

    private static String importDescription(String status) {
        return "{\"ImportTableDescription\":{\"ImportArn\":\"arn:i\",\"ImportStatus\":\"" + status + "\"}}";
    }

    @Test
    void importCompletedRetriesWhileInProgress() {
        transport.ok(importDescription("IN_PROGRESS")).ok(importDescription("COMPLETED"));

        assertThat(Compounds.waitForImportCompleted(connection, "arn:i", TIMEOUT, POLL).importStatus())
                .isEqualTo(io.lowvoltage.actions.ImportStatus.COMPLETED);
        assertThat(transport.bodies()).containsOnly("{\"ImportArn\":\"arn:i\"}");
    }

    @Test
    void importFailedOrCancelledStopsTheWaitButCancellingRetries() {
        transport.ok(importDescription("FAILED"));
        assertFailsWithoutTimeout(() -> Compounds.waitForImportCompleted(connection, "arn:i", TIMEOUT, POLL),
                "ImportCompleted");

        transport.ok(importDescription("CANCELLING")).ok(importDescription("CANCELLED"));
        assertFailsWithoutTimeout(() -> Compounds.waitForImportCompleted(connection, "arn:i", TIMEOUT, POLL),
                "ImportCompleted");
        assertThat(transport.count()).isEqualTo(3);
    }

    private static String destinations(String... statuses) {
        StringBuilder json = new StringBuilder("{\"TableName\":\"Tbl\",\"KinesisDataStreamDestinations\":[");
        for (int i = 0; i < statuses.length; i++) {
            json.append(i > 0 ? "," : "").append("{\"StreamArn\":\"arn:k").append(i)
                    .append("\",\"DestinationStatus\":\"").append(statuses[i]).append("\"}");
        }
        return json.append("]}").toString();
    }

    @Test
    void kinesisDestinationActiveSucceedsWhenAnyIsActive() {
        transport.ok(destinations()).ok(destinations("ENABLING", "DISABLED")).ok(destinations("DISABLED", "ACTIVE"));

        assertThat(Compounds.waitForKinesisStreamingDestinationActive(connection, "Tbl", TIMEOUT, POLL))
                .extracting(io.lowvoltage.actions.KinesisDataStreamDestination::destinationStatus)
                .contains(io.lowvoltage.actions.DestinationStatus.ACTIVE);
        assertThat(transport.count()).as("no destination yet, then one still enabling: both retry").isEqualTo(3);
    }

    @Test
    void kinesisDestinationFailsWhenEveryOneIsDisabledOrFailed() {
        transport.ok(destinations("DISABLED", "ENABLE_FAILED"));

        assertFailsWithoutTimeout(() -> Compounds.waitForKinesisStreamingDestinationActive(connection, "Tbl",
                TIMEOUT, POLL), "KinesisStreamingDestinationActive");
    }

    @Test
    void theNewWaitersThrowTheDescribingActionsErrors() {
        transport.respond(400, Json.error("ResourceNotFoundException"));

        assertThatThrownBy(() -> Compounds.waitForExportCompleted(connection, "arn:e", TIMEOUT, POLL))
                .isInstanceOf(io.lowvoltage.exceptions.ResourceNotFoundException.class);
        assertThat(transport.count()).isEqualTo(1);
    }

    private static void assertFailsWithoutTimeout(org.assertj.core.api.ThrowableAssert.ThrowingCallable wait,
            String waiter) {
        assertThatThrownBy(wait).isInstanceOfSatisfying(WaiterException.class, e -> {
            assertThat(e.isTimeout()).isFalse();
            assertThat(e.waiter()).isEqualTo(waiter);
            assertThat(e.isRetryable()).isFalse();
        }).hasMessageContaining("cannot succeed");
    }
}
