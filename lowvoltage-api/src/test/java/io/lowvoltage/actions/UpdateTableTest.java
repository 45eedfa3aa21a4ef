package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class UpdateTableTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    private String send(UpdateTable action) {
        transport.ok("{}");
        connection.request(action);
        return transport.lastBody();
    }

    @Test
    void writesTheMinimalRequest() {
        assertThat(send(new UpdateTable("Tbl"))).isEqualTo("{\"TableName\":\"Tbl\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target", "DynamoDB_20120810.UpdateTable");
    }

    @Test
    void writesEveryRequestMemberInModelOrder() {
        String body = send(new UpdateTable("Tbl")
                .provisionedThroughput(2, 3)
                .createGlobalSecondaryIndex("g2").hashKey("c", ScalarAttributeType.S).projectKeysOnly()
                .provisionedThroughput(1, 1)
                .updateGlobalSecondaryIndex("g1").provisionedThroughput(4, 5)
                .onDemandThroughput(OnDemandThroughput.of(6, 7)).warmThroughput(WarmThroughput.of(8, 9))
                .table().deleteGlobalSecondaryIndex("g0")
                .billingModeProvisioned()
                .streamSpecification(StreamSpecification.disabled())
                .sseSpecification(SSESpecification.of(true, SSEType.AES256, null))
                .replicaUpdates(ReplicationGroupUpdate.create("eu-west-1").withKmsMasterKeyId("k")
                        .withProvisionedThroughputOverride(ProvisionedThroughputOverride.of(10))
                        .withOnDemandThroughputOverride(OnDemandThroughputOverride.of(11))
                        .withGlobalSecondaryIndexes(ReplicaGlobalSecondaryIndex.of("g1",
                                ProvisionedThroughputOverride.of(12), OnDemandThroughputOverride.of(13)))
                        .withTableClassOverride(TableClass.STANDARD),
                        ReplicationGroupUpdate.update("eu-west-2").withTableClassOverride(TableClass.STANDARD),
                        ReplicationGroupUpdate.delete("eu-west-3"))
                .tableClassStandard()
                .deletionProtectionEnabled(true)
                .multiRegionConsistencyStrong()
                .globalTableWitnessUpdates(GlobalTableWitnessGroupUpdate.create("us-west-2"),
                        GlobalTableWitnessGroupUpdate.delete("us-west-1"))
                .onDemandThroughput(OnDemandThroughput.ofMaxReadRequestUnits(14))
                .warmThroughput(WarmThroughput.ofWriteUnitsPerSecond(15))
                .globalTableSettingsReplicationModeDisabled()
                .vectorIndexUpdates(VectorIndexUpdate.create(VectorIndex.of("v", "e", 2,
                        VectorDistanceFunction.EUCLIDEAN, Projection.all())), VectorIndexUpdate.delete("v0")));

        assertThat(body).isEqualTo("{"
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"c\",\"AttributeType\":\"S\"}],"
                + "\"TableName\":\"Tbl\","
                + "\"BillingMode\":\"PROVISIONED\","
                + "\"ProvisionedThroughput\":{\"ReadCapacityUnits\":2,\"WriteCapacityUnits\":3},"
                + "\"GlobalSecondaryIndexUpdates\":["
                + "{\"Create\":{\"IndexName\":\"g2\",\"KeySchema\":[{\"AttributeName\":\"c\",\"KeyType\":\"HASH\"}],"
                + "\"Projection\":{\"ProjectionType\":\"KEYS_ONLY\"},"
                + "\"ProvisionedThroughput\":{\"ReadCapacityUnits\":1,\"WriteCapacityUnits\":1}}},"
                + "{\"Update\":{\"IndexName\":\"g1\",\"ProvisionedThroughput\":{\"ReadCapacityUnits\":4,\"WriteCapacityUnits\":5},"
                + "\"OnDemandThroughput\":{\"MaxReadRequestUnits\":6,\"MaxWriteRequestUnits\":7},"
                + "\"WarmThroughput\":{\"ReadUnitsPerSecond\":8,\"WriteUnitsPerSecond\":9}}},"
                + "{\"Delete\":{\"IndexName\":\"g0\"}}],"
                + "\"StreamSpecification\":{\"StreamEnabled\":false},"
                + "\"SSESpecification\":{\"Enabled\":true,\"SSEType\":\"AES256\"},"
                + "\"ReplicaUpdates\":["
                + "{\"Create\":{\"RegionName\":\"eu-west-1\",\"KMSMasterKeyId\":\"k\","
                + "\"ProvisionedThroughputOverride\":{\"ReadCapacityUnits\":10},"
                + "\"OnDemandThroughputOverride\":{\"MaxReadRequestUnits\":11},"
                + "\"GlobalSecondaryIndexes\":[{\"IndexName\":\"g1\",\"ProvisionedThroughputOverride\":{\"ReadCapacityUnits\":12},"
                + "\"OnDemandThroughputOverride\":{\"MaxReadRequestUnits\":13}}],\"TableClassOverride\":\"STANDARD\"}},"
                + "{\"Update\":{\"RegionName\":\"eu-west-2\",\"TableClassOverride\":\"STANDARD\"}},"
                + "{\"Delete\":{\"RegionName\":\"eu-west-3\"}}],"
                + "\"TableClass\":\"STANDARD\","
                + "\"DeletionProtectionEnabled\":true,"
                + "\"MultiRegionConsistency\":\"STRONG\","
                + "\"GlobalTableWitnessUpdates\":[{\"Create\":{\"RegionName\":\"us-west-2\"}},"
                + "{\"Delete\":{\"RegionName\":\"us-west-1\"}}],"
                + "\"OnDemandThroughput\":{\"MaxReadRequestUnits\":14},"
                + "\"WarmThroughput\":{\"WriteUnitsPerSecond\":15},"
                + "\"GlobalTableSettingsReplicationMode\":\"DISABLED\","
                + "\"VectorIndexUpdates\":[{\"Create\":{\"IndexName\":\"v\",\"VectorAttribute\":{\"AttributeName\":\"e\"},"
                + "\"Projection\":{\"ProjectionType\":\"ALL\"},\"Dimensions\":2,\"DistanceFunction\":\"EUCLIDEAN\"}},"
                + "{\"Delete\":{\"IndexName\":\"v0\"}}]"
                + "}");
    }

    @Test
    void theModelShapedSettersWriteTheSameAsTheActiveResourceOnes() {
        String built = send(new UpdateTable("Tbl")
                .createGlobalSecondaryIndex("g2").hashKey("c", ScalarAttributeType.S).rangeKey("d", ScalarAttributeType.N)
                .projectInclude(List.of("x")).provisionedThroughput(1, 1)
                .updateGlobalSecondaryIndex("g1").provisionedThroughput(2, 2)
                .table().deleteGlobalSecondaryIndex("g0"));
        String fromValues = send(new UpdateTable().tableName("Tbl")
                .attributeDefinitions(AttributeDefinition.of("c", ScalarAttributeType.S))
                .attributeDefinitions(Stream.of(AttributeDefinition.of("d", ScalarAttributeType.N)))
                .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.create(GlobalSecondaryIndex.of("g2",
                        List.of(KeySchemaElement.hash("c"), KeySchemaElement.range("d")), Projection.include("x"))
                        .withProvisionedThroughput(ProvisionedThroughput.of(1, 1))))
                .globalSecondaryIndexUpdates(List.of(GlobalSecondaryIndexUpdate.update("g1",
                        ProvisionedThroughput.of(2, 2), null, null)))
                .globalSecondaryIndexUpdates(Stream.of(GlobalSecondaryIndexUpdate.delete("g0"))));

        assertThat(fromValues).isEqualTo(built);
    }

    @Test
    void namedMethodsAndVariadicOverloads() {
        String body = send(new UpdateTable("Tbl").billingModePayPerRequest().tableClassStandardInfrequentAccess()
                .multiRegionConsistencyEventual().globalTableSettingsReplicationModeEnabledWithOverrides()
                .streamSpecification(StreamViewType.KEYS_ONLY)
                .replicaUpdates(List.of(ReplicationGroupUpdate.delete("a")))
                .replicaUpdates(Stream.of(ReplicationGroupUpdate.delete("b")))
                .globalTableWitnessUpdates(List.of(GlobalTableWitnessGroupUpdate.delete("c")))
                .globalTableWitnessUpdates(Stream.of(GlobalTableWitnessGroupUpdate.delete("d")))
                .vectorIndexUpdates(List.of(VectorIndexUpdate.delete("e")))
                .vectorIndexUpdates(Stream.of(VectorIndexUpdate.delete("f"))));

        assertThat(body).isEqualTo("{\"TableName\":\"Tbl\",\"BillingMode\":\"PAY_PER_REQUEST\","
                + "\"StreamSpecification\":{\"StreamEnabled\":true,\"StreamViewType\":\"KEYS_ONLY\"},"
                + "\"ReplicaUpdates\":[{\"Delete\":{\"RegionName\":\"a\"}},{\"Delete\":{\"RegionName\":\"b\"}}],"
                + "\"TableClass\":\"STANDARD_INFREQUENT_ACCESS\",\"MultiRegionConsistency\":\"EVENTUAL\","
                + "\"GlobalTableWitnessUpdates\":[{\"Delete\":{\"RegionName\":\"c\"}},{\"Delete\":{\"RegionName\":\"d\"}}],"
                + "\"GlobalTableSettingsReplicationMode\":\"ENABLED_WITH_OVERRIDES\","
                + "\"VectorIndexUpdates\":[{\"Delete\":{\"IndexName\":\"e\"}},{\"Delete\":{\"IndexName\":\"f\"}}]}");
        assertThat(send(new UpdateTable("Tbl").billingMode(BillingMode.PROVISIONED).tableClass(TableClass.STANDARD)
                .multiRegionConsistency(MultiRegionConsistency.STRONG)
                .globalTableSettingsReplicationModeEnabled()))
                .contains("\"GlobalTableSettingsReplicationMode\":\"ENABLED\"");
    }

    @Test
    void theTableKeySchemaCannotChange() {
        assertThatThrownBy(() -> new UpdateTable("Tbl").hashKey("h", ScalarAttributeType.S))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("UpdateTable cannot set the key schema of the table");
        assertThatThrownBy(() -> new UpdateTable("Tbl").updateGlobalSecondaryIndex("g").rangeKey("r", ScalarAttributeType.S))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("UpdateTable cannot set the key schema of the update of global secondary index g");
    }

    @Test
    void aProjectionNeedsAnIndexBeingCreated() {
        assertThatThrownBy(() -> new UpdateTable("Tbl").updateGlobalSecondaryIndex("g").projectAll())
                .isInstanceOf(BuilderException.class)
                .hasMessage("UpdateTable cannot set a projection on the update of global secondary index g. "
                        + "Projections belong to new indexes: name one first with .createGlobalSecondaryIndex(name)");
    }

    @Test
    void aCreatedIndexWithoutHashKeyOrProjectionFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new UpdateTable("Tbl").createGlobalSecondaryIndex("g").projectAll()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("UpdateTable needs KeySchema (a HASH key) of global secondary index g, which is not set. "
                        + "Set it with .createGlobalSecondaryIndex(\"g\").hashKey(name, type)");
        assertThatThrownBy(() -> connection.request(new UpdateTable("Tbl").createGlobalSecondaryIndex("g")
                .hashKey("a", ScalarAttributeType.S)))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("UpdateTable needs Projection of global secondary index g");
        assertThatThrownBy(() -> connection.request(new UpdateTable()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("UpdateTable needs TableName, which is not set. "
                        + "Set it with new UpdateTable(tableName) or .tableName(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aReplicaDeleteTakesNoSettings() {
        assertThatThrownBy(() -> ReplicationGroupUpdate.delete("r").withKmsMasterKeyId("k"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void readsTheTableDescription() throws IOException {
        transport.ok(DescribeTableTest.everyMember().replaceFirst("\"Table\"", "\"TableDescription\""));

        UpdateTableResponse response = connection.request(new UpdateTable("Tbl"));

        DescribeTableTest.assertEveryMember(response.tableDescription());
        assertThat(response.toString()).startsWith("UpdateTableResponse{TableDescription{");
    }
}
