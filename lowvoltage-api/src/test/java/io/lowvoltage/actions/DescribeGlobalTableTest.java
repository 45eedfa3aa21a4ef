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
import org.junit.jupiter.api.Test;

class DescribeGlobalTableTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesTheGlobalTableName() {
        transport.ok("{}");
        connection.request(new DescribeGlobalTable("Tbl"));

        assertThat(transport.lastBody()).isEqualTo("{\"GlobalTableName\":\"Tbl\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.DescribeGlobalTable");
    }

    @Test
    void aMissingNameFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new DescribeGlobalTable()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("DescribeGlobalTable needs GlobalTableName, which is not set. Set it with new DescribeGlobalTable(globalTableName) or .globalTableName(...)");
        assertThat(transport.requests()).isEmpty();
    }

    /**
     * Reads a response with every member of the API model's output shape, recursively, plus an unknown
     * member, and checks every getter.
     */
    @Test
    void readsEveryResponseMember() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("DescribeGlobalTableResponse-every-member.json")) {
            transport.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        DescribeGlobalTableResponse response = connection.request(new DescribeGlobalTable("Tbl"));

        assertEveryMember(response.globalTableDescription());
        assertThat(response.toString()).startsWith("DescribeGlobalTableResponse{");
    }

    /** Asserts every getter of a GlobalTableDescription read from the every-member fixture; shared with the Create/Update global table tests. */
    static void assertEveryMember(GlobalTableDescription description) {
        assertThat(description.replicationGroup()).hasSize(1);
        assertThat(description.replicationGroup().get(0).regionName()).isEqualTo("RegionName-1");
        assertThat(description.replicationGroup().get(0).replicaStatus()).isEqualTo(ReplicaStatus.UPDATING);
        assertThat(description.replicationGroup().get(0).replicaArn()).isEqualTo("ReplicaArn-3");
        assertThat(description.replicationGroup().get(0).replicaStatusDescription()).isEqualTo("ReplicaStatusDescription-4");
        assertThat(description.replicationGroup().get(0).replicaStatusPercentProgress()).isEqualTo("ReplicaStatusPercentProgress-5");
        assertThat(description.replicationGroup().get(0).kmsMasterKeyId()).isEqualTo("KMSMasterKeyId-6");
        assertThat(description.replicationGroup().get(0).provisionedThroughputOverride().readCapacityUnits()).isEqualTo(7L);
        assertThat(description.replicationGroup().get(0).onDemandThroughputOverride().maxReadRequestUnits()).isEqualTo(8L);
        assertThat(description.replicationGroup().get(0).warmThroughput().readUnitsPerSecond()).isEqualTo(9L);
        assertThat(description.replicationGroup().get(0).warmThroughput().writeUnitsPerSecond()).isEqualTo(10L);
        assertThat(description.replicationGroup().get(0).warmThroughput().status()).isEqualTo(TableStatus.ACTIVE);
        assertThat(description.replicationGroup().get(0).globalSecondaryIndexes()).hasSize(1);
        assertThat(description.replicationGroup().get(0).globalSecondaryIndexes().get(0).indexName()).isEqualTo("IndexName-12");
        assertThat(description.replicationGroup().get(0).globalSecondaryIndexes().get(0).provisionedThroughputOverride().readCapacityUnits()).isEqualTo(13L);
        assertThat(description.replicationGroup().get(0).globalSecondaryIndexes().get(0).onDemandThroughputOverride().maxReadRequestUnits()).isEqualTo(14L);
        assertThat(description.replicationGroup().get(0).globalSecondaryIndexes().get(0).warmThroughput().readUnitsPerSecond()).isEqualTo(15L);
        assertThat(description.replicationGroup().get(0).globalSecondaryIndexes().get(0).warmThroughput().writeUnitsPerSecond()).isEqualTo(16L);
        assertThat(description.replicationGroup().get(0).globalSecondaryIndexes().get(0).warmThroughput().status()).isEqualTo(IndexStatus.UPDATING);
        assertThat(description.replicationGroup().get(0).replicaInaccessibleDateTime()).isEqualTo(Instant.ofEpochSecond(1700000018, 125_000_000));
        assertThat(description.replicationGroup().get(0).replicaTableClassSummary().tableClass()).isEqualTo(TableClass.STANDARD_INFREQUENT_ACCESS);
        assertThat(description.replicationGroup().get(0).replicaTableClassSummary().lastUpdateDateTime()).isEqualTo(Instant.ofEpochSecond(1700000020, 125_000_000));
        assertThat(description.replicationGroup().get(0).globalTableSettingsReplicationMode()).isEqualTo(GlobalTableSettingsReplicationMode.ENABLED);
        assertThat(description.globalTableArn()).isEqualTo("GlobalTableArn-22");
        assertThat(description.creationDateTime()).isEqualTo(Instant.ofEpochSecond(1700000023,
                125_000_000));
        assertThat(description.globalTableStatus()).isEqualTo(GlobalTableStatus.CREATING);
        assertThat(description.globalTableName()).isEqualTo("GlobalTableName-25");
    }
}
