package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class UpdateGlobalTableTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new UpdateGlobalTable("Tbl")
                .createReplica("ap-south-1")
                .deleteReplica("eu-west-1")
                .replicaUpdates(List.of(ReplicaUpdate.create("a")))
                .replicaUpdates(Stream.of(ReplicaUpdate.delete("b"))));

        assertThat(transport.lastBody()).isEqualTo("{\"GlobalTableName\":\"Tbl\",\"ReplicaUpdates\":[{\"Create\":{\"RegionName\""
                + ":\"ap-south-1\"}},{\"Delete\":{\"RegionName\":\"eu-west-1\"}},{\"Create\":"
                + "{\"RegionName\":\"a\"}},{\"Delete\":{\"RegionName\":\"b\"}}]}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.UpdateGlobalTable");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new UpdateGlobalTable().globalTableName("Tbl").replicaUpdates(ReplicaUpdate.create("a")));

        assertThat(transport.lastBody()).isEqualTo("{\"GlobalTableName\":\"Tbl\",\"ReplicaUpdates\":[{\"Create\":{\"RegionName\""
                + ":\"a\"}}]}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.UpdateGlobalTable");
    }

    @Test
    void aMissingNameFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new UpdateGlobalTable().createReplica("a")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("UpdateGlobalTable needs GlobalTableName, which is not set. Set it with new UpdateGlobalTable(globalTableName) or .globalTableName(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aMissingReplicaUpdateFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new UpdateGlobalTable("Tbl")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("UpdateGlobalTable needs ReplicaUpdates, which is not set. Set it with .createReplica(regionName), .deleteReplica(regionName) or .replicaUpdates(...)");
        assertThat(transport.requests()).isEmpty();
    }

    /**
     * Reads a response with every member of the API model's output shape, recursively, plus an unknown
     * member, and checks every getter.
     */
    @Test
    void readsEveryResponseMember() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("UpdateGlobalTableResponse-every-member.json")) {
            transport.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        UpdateGlobalTableResponse response = connection.request(new UpdateGlobalTable().globalTableName("Tbl").replicaUpdates(ReplicaUpdate.create("a")));

        assertThat(response.globalTableDescription().replicationGroup()).hasSize(1);
        assertThat(response.globalTableDescription().replicationGroup().get(0).regionName()).isEqualTo("RegionName-1");
        assertThat(response.globalTableDescription().replicationGroup().get(0).replicaStatus()).isEqualTo(ReplicaStatus.UPDATING);
        assertThat(response.globalTableDescription().replicationGroup().get(0).replicaArn()).isEqualTo("ReplicaArn-3");
        assertThat(response.globalTableDescription().replicationGroup().get(0).replicaStatusDescription()).isEqualTo("ReplicaStatusDescription-4");
        assertThat(response.globalTableDescription().replicationGroup().get(0).replicaStatusPercentProgress()).isEqualTo("ReplicaStatusPercentProgress-5");
        assertThat(response.globalTableDescription().replicationGroup().get(0).kmsMasterKeyId()).isEqualTo("KMSMasterKeyId-6");
        assertThat(response.globalTableDescription().replicationGroup().get(0).provisionedThroughputOverride().readCapacityUnits()).isEqualTo(7L);
        assertThat(response.globalTableDescription().replicationGroup().get(0).onDemandThroughputOverride().maxReadRequestUnits()).isEqualTo(8L);
        assertThat(response.globalTableDescription().replicationGroup().get(0).warmThroughput().readUnitsPerSecond()).isEqualTo(9L);
        assertThat(response.globalTableDescription().replicationGroup().get(0).warmThroughput().writeUnitsPerSecond()).isEqualTo(10L);
        assertThat(response.globalTableDescription().replicationGroup().get(0).warmThroughput().status()).isEqualTo(TableStatus.ACTIVE);
        assertThat(response.globalTableDescription().replicationGroup().get(0).globalSecondaryIndexes()).hasSize(1);
        assertThat(response.globalTableDescription().replicationGroup().get(0).globalSecondaryIndexes().get(0).indexName()).isEqualTo("IndexName-12");
        assertThat(response.globalTableDescription().replicationGroup().get(0).globalSecondaryIndexes().get(0).provisionedThroughputOverride().readCapacityUnits()).isEqualTo(13L);
        assertThat(response.globalTableDescription().replicationGroup().get(0).globalSecondaryIndexes().get(0).onDemandThroughputOverride().maxReadRequestUnits()).isEqualTo(14L);
        assertThat(response.globalTableDescription().replicationGroup().get(0).globalSecondaryIndexes().get(0).warmThroughput().readUnitsPerSecond()).isEqualTo(15L);
        assertThat(response.globalTableDescription().replicationGroup().get(0).globalSecondaryIndexes().get(0).warmThroughput().writeUnitsPerSecond()).isEqualTo(16L);
        assertThat(response.globalTableDescription().replicationGroup().get(0).globalSecondaryIndexes().get(0).warmThroughput().status()).isEqualTo(IndexStatus.UPDATING);
        assertThat(response.globalTableDescription().replicationGroup().get(0).replicaInaccessibleDateTime()).isEqualTo(Instant.ofEpochSecond(1700000018, 125_000_000));
        assertThat(response.globalTableDescription().replicationGroup().get(0).replicaTableClassSummary().tableClass()).isEqualTo(TableClass.STANDARD_INFREQUENT_ACCESS);
        assertThat(response.globalTableDescription().replicationGroup().get(0).replicaTableClassSummary().lastUpdateDateTime()).isEqualTo(Instant.ofEpochSecond(1700000020, 125_000_000));
        assertThat(response.globalTableDescription().replicationGroup().get(0).globalTableSettingsReplicationMode()).isEqualTo(GlobalTableSettingsReplicationMode.ENABLED);
        assertThat(response.globalTableDescription().globalTableArn()).isEqualTo("GlobalTableArn-22");
        assertThat(response.globalTableDescription().creationDateTime()).isEqualTo(Instant.ofEpochSecond(1700000023,
                125_000_000));
        assertThat(response.globalTableDescription().globalTableStatus()).isEqualTo(GlobalTableStatus.CREATING);
        assertThat(response.globalTableDescription().globalTableName()).isEqualTo("GlobalTableName-25");
        assertThat(response.toString()).startsWith("UpdateGlobalTableResponse{");
    }

    @Test
    void replicaUpdatesAreValues() {
        assertThat(ReplicaUpdate.create("a")).isEqualTo(ReplicaUpdate.create("a")).isNotEqualTo(ReplicaUpdate.delete("a"))
                .hasSameHashCodeAs(ReplicaUpdate.create("a"));
        assertThat(ReplicaUpdate.delete("a").isDelete()).isTrue();
        assertThat(ReplicaUpdate.delete("a").regionName()).isEqualTo("a");
        assertThat(ReplicaUpdate.delete("a")).hasToString("ReplicaUpdate{delete=a}");
    }
}
