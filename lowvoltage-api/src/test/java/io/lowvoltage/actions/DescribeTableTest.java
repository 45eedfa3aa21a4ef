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
import org.junit.jupiter.api.Test;

class DescribeTableTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    /**
     * Every member of DescribeTableOutput, recursively through TableDescription, plus one unknown member: checked
     * against the API model's shapes when it was written, so that each getter below reads a member of its own.
     */
    static String everyMember() throws IOException {
        try (InputStream in = DescribeTableTest.class.getResourceAsStream("DescribeTableResponse-every-member.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void writesTheTableName() {
        transport.ok("{}");
        connection.request(new DescribeTable("Tbl"));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target", "DynamoDB_20120810.DescribeTable");
    }

    @Test
    void aMissingTableNameFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new DescribeTable()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("DescribeTable needs TableName, which is not set. Set it with new DescribeTable(tableName) "
                        + "or .tableName(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void anEmptyResponseHasNoTable() {
        transport.ok("{}");
        assertThat(connection.request(new DescribeTable("Tbl")).table()).isNull();
    }

    @Test
    void readsEveryMemberOfTheTableDescription() throws IOException {
        transport.ok(everyMember());

        TableDescription table = connection.request(new DescribeTable("Tbl")).table();

        assertEveryMember(table);
    }

    @Test
    void anEmptyTableDescriptionHasNullsAndEmptyLists() {
        transport.ok("{\"Table\":{}}");

        TableDescription table = connection.request(new DescribeTable("Tbl")).table();

        assertThat(table.tableName()).isNull();
        assertThat(table.tableStatus()).isNull();
        assertThat(table.itemCount()).isNull();
        assertThat(table.attributeDefinitions()).isEmpty();
        assertThat(table.keySchema()).isEmpty();
        assertThat(table.localSecondaryIndexes()).isEmpty();
        assertThat(table.globalSecondaryIndexes()).isEmpty();
        assertThat(table.replicas()).isEmpty();
        assertThat(table.globalTableWitnesses()).isEmpty();
        assertThat(table.vectorIndexes()).isEmpty();
        assertThat(table.toString()).isEqualTo("TableDescription{}");
    }

    @Test
    void enumValuesNewerThanThisLibraryAreUnknown() {
        transport.ok("{\"Table\":{\"TableStatus\":\"HIBERNATING\",\"BillingModeSummary\":{\"BillingMode\":\"FREE\"},"
                + "\"KeySchema\":[{\"AttributeName\":\"h\",\"KeyType\":\"PARTITION\"}],"
                + "\"GlobalSecondaryIndexes\":[{\"IndexStatus\":\"PAUSED\",\"Projection\":{\"ProjectionType\":\"SOME\"}}],"
                + "\"MultiRegionConsistency\":\"CAUSAL\"}}");

        TableDescription table = connection.request(new DescribeTable("Tbl")).table();

        assertThat(table.tableStatus()).isEqualTo(TableStatus.UNKNOWN_TO_LOWVOLTAGE);
        assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.UNKNOWN_TO_LOWVOLTAGE);
        assertThat(table.keySchema().get(0).keyType()).isEqualTo(KeyType.UNKNOWN_TO_LOWVOLTAGE);
        assertThat(table.globalSecondaryIndexes().get(0).indexStatus()).isEqualTo(IndexStatus.UNKNOWN_TO_LOWVOLTAGE);
        assertThat(table.globalSecondaryIndexes().get(0).projection().projectionType())
                .isEqualTo(ProjectionType.UNKNOWN_TO_LOWVOLTAGE);
        assertThat(table.multiRegionConsistency()).isEqualTo(MultiRegionConsistency.UNKNOWN_TO_LOWVOLTAGE);
    }

    @Test
    void responseListsAreUnmodifiable() throws IOException {
        transport.ok(everyMember());

        TableDescription table = connection.request(new DescribeTable("Tbl")).table();

        assertThatThrownBy(() -> table.keySchema().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.globalSecondaryIndexes().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toStringIsReadable() throws IOException {
        transport.ok(everyMember());

        DescribeTableResponse response = connection.request(new DescribeTable("Tbl"));

        assertThat(response.toString()).startsWith("DescribeTableResponse{TableDescription{attributeDefinitions=[h:N, r:S], "
                + "tableName=Tbl, keySchema=[h:HASH, r:RANGE], tableStatus=ACTIVE");
    }

    /** Asserts every getter of a TableDescription read from {@link #everyMember()}. */
    static void assertEveryMember(TableDescription table) {
        assertThat(table.attributeDefinitions()).containsExactly(AttributeDefinition.of("h", ScalarAttributeType.N),
                AttributeDefinition.of("r", ScalarAttributeType.S));
        assertThat(table.tableName()).isEqualTo("Tbl");
        assertThat(table.keySchema()).containsExactly(KeySchemaElement.hash("h"), KeySchemaElement.range("r"));
        assertThat(table.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(table.creationDateTime()).isEqualTo(Instant.ofEpochSecond(1700000000, 125_000_000));
        ProvisionedThroughputDescription throughput = table.provisionedThroughput();
        assertThat(throughput.lastIncreaseDateTime()).isEqualTo(Instant.ofEpochSecond(1700000001));
        assertThat(throughput.lastDecreaseDateTime()).isEqualTo(Instant.ofEpochSecond(1700000002));
        assertThat(throughput.numberOfDecreasesToday()).isEqualTo(3L);
        assertThat(throughput.readCapacityUnits()).isEqualTo(4L);
        assertThat(throughput.writeCapacityUnits()).isEqualTo(5L);
        assertThat(table.tableSizeBytes()).isEqualTo(6L);
        assertThat(table.itemCount()).isEqualTo(7L);
        assertThat(table.tableArn()).isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/T");
        assertThat(table.tableId()).isEqualTo("id-1");
        assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(table.billingModeSummary().lastUpdateToPayPerRequestDateTime())
                .isEqualTo(Instant.ofEpochSecond(1700000003));

        LocalSecondaryIndexDescription lsi = table.localSecondaryIndexes().get(0);
        assertThat(table.localSecondaryIndexes()).hasSize(1);
        assertThat(lsi.indexName()).isEqualTo("lsi");
        assertThat(lsi.keySchema()).containsExactly(KeySchemaElement.hash("h"), KeySchemaElement.range("b"));
        assertThat(lsi.projection()).isEqualTo(Projection.include("x", "y"));
        assertThat(lsi.projection().projectionType()).isEqualTo(ProjectionType.INCLUDE);
        assertThat(lsi.projection().nonKeyAttributes()).containsExactly("x", "y");
        assertThat(lsi.indexSizeBytes()).isEqualTo(8L);
        assertThat(lsi.itemCount()).isEqualTo(9L);
        assertThat(lsi.indexArn()).isEqualTo("arn:lsi");

        GlobalSecondaryIndexDescription gsi = table.globalSecondaryIndexes().get(0);
        assertThat(table.globalSecondaryIndexes()).hasSize(1);
        assertThat(gsi.indexName()).isEqualTo("gsi");
        assertThat(gsi.keySchema()).containsExactly(KeySchemaElement.hash("a"));
        assertThat(gsi.projection()).isEqualTo(Projection.all());
        assertThat(gsi.indexStatus()).isEqualTo(IndexStatus.CREATING);
        assertThat(gsi.backfilling()).isTrue();
        assertThat(gsi.provisionedThroughput().readCapacityUnits()).isEqualTo(10L);
        assertThat(gsi.provisionedThroughput().writeCapacityUnits()).isEqualTo(11L);
        assertThat(gsi.provisionedThroughput().numberOfDecreasesToday()).isZero();
        assertThat(gsi.provisionedThroughput().lastIncreaseDateTime()).isNull();
        assertThat(gsi.indexSizeBytes()).isEqualTo(12L);
        assertThat(gsi.itemCount()).isEqualTo(13L);
        assertThat(gsi.indexArn()).isEqualTo("arn:gsi");
        assertThat(gsi.onDemandThroughput()).isEqualTo(OnDemandThroughput.of(14, 15));
        assertThat(gsi.warmThroughput().readUnitsPerSecond()).isEqualTo(16L);
        assertThat(gsi.warmThroughput().writeUnitsPerSecond()).isEqualTo(17L);
        assertThat(gsi.warmThroughput().status()).isEqualTo(IndexStatus.UPDATING);

        assertThat(table.streamSpecification()).isEqualTo(StreamSpecification.enabled(StreamViewType.NEW_AND_OLD_IMAGES));
        assertThat(table.streamSpecification().streamEnabled()).isTrue();
        assertThat(table.streamSpecification().streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
        assertThat(table.latestStreamLabel()).isEqualTo("2024-01-01T00:00:00.000");
        assertThat(table.latestStreamArn()).isEqualTo("arn:stream");
        assertThat(table.globalTableVersion()).isEqualTo("2019.11.21");

        ReplicaDescription replica = table.replicas().get(0);
        assertThat(table.replicas()).hasSize(1);
        assertThat(replica.regionName()).isEqualTo("eu-west-1");
        assertThat(replica.replicaStatus()).isEqualTo(ReplicaStatus.CREATION_FAILED);
        assertThat(replica.replicaArn()).isEqualTo("arn:replica");
        assertThat(replica.replicaStatusDescription()).isEqualTo("quota");
        assertThat(replica.replicaStatusPercentProgress()).isEqualTo("42");
        assertThat(replica.kmsMasterKeyId()).isEqualTo("key-1");
        assertThat(replica.provisionedThroughputOverride()).isEqualTo(ProvisionedThroughputOverride.of(18));
        assertThat(replica.onDemandThroughputOverride()).isEqualTo(OnDemandThroughputOverride.of(19));
        assertThat(replica.warmThroughput().readUnitsPerSecond()).isEqualTo(20L);
        assertThat(replica.warmThroughput().writeUnitsPerSecond()).isEqualTo(21L);
        assertThat(replica.warmThroughput().status()).isEqualTo(TableStatus.ARCHIVED);
        ReplicaGlobalSecondaryIndexDescription replicaIndex = replica.globalSecondaryIndexes().get(0);
        assertThat(replica.globalSecondaryIndexes()).hasSize(1);
        assertThat(replicaIndex.indexName()).isEqualTo("gsi");
        assertThat(replicaIndex.provisionedThroughputOverride().readCapacityUnits()).isEqualTo(22L);
        assertThat(replicaIndex.onDemandThroughputOverride().maxReadRequestUnits()).isEqualTo(23L);
        assertThat(replicaIndex.warmThroughput().readUnitsPerSecond()).isEqualTo(24L);
        assertThat(replicaIndex.warmThroughput().writeUnitsPerSecond()).isEqualTo(25L);
        assertThat(replicaIndex.warmThroughput().status()).isEqualTo(IndexStatus.ACTIVE);
        assertThat(replica.replicaInaccessibleDateTime()).isEqualTo(Instant.ofEpochSecond(1700000004));
        assertThat(replica.replicaTableClassSummary().tableClass()).isEqualTo(TableClass.STANDARD_INFREQUENT_ACCESS);
        assertThat(replica.replicaTableClassSummary().lastUpdateDateTime()).isEqualTo(Instant.ofEpochSecond(1700000005));
        assertThat(replica.globalTableSettingsReplicationMode())
                .isEqualTo(GlobalTableSettingsReplicationMode.ENABLED_WITH_OVERRIDES);

        assertThat(table.globalTableWitnesses()).hasSize(1);
        assertThat(table.globalTableWitnesses().get(0).regionName()).isEqualTo("us-west-2");
        assertThat(table.globalTableWitnesses().get(0).witnessStatus()).isEqualTo(WitnessStatus.DELETING);
        assertThat(table.globalTableSettingsReplicationMode()).isEqualTo(GlobalTableSettingsReplicationMode.DISABLED);

        RestoreSummary restore = table.restoreSummary();
        assertThat(restore.sourceBackupArn()).isEqualTo("arn:backup");
        assertThat(restore.sourceTableArn()).isEqualTo("arn:source");
        assertThat(restore.restoreDateTime()).isEqualTo(Instant.ofEpochSecond(1700000006));
        assertThat(restore.restoreInProgress()).isFalse();

        SSEDescription sse = table.sseDescription();
        assertThat(sse.status()).isEqualTo(SSEStatus.ENABLING);
        assertThat(sse.sseType()).isEqualTo(SSEType.KMS);
        assertThat(sse.kmsMasterKeyArn()).isEqualTo("arn:kms");
        assertThat(sse.inaccessibleEncryptionDateTime()).isEqualTo(Instant.ofEpochSecond(1700000007));

        ArchivalSummary archival = table.archivalSummary();
        assertThat(archival.archivalDateTime()).isEqualTo(Instant.ofEpochSecond(1700000008));
        assertThat(archival.archivalReason()).isEqualTo("INACCESSIBLE_ENCRYPTION_CREDENTIALS");
        assertThat(archival.archivalBackupArn()).isEqualTo("arn:archive");

        assertThat(table.tableClassSummary().tableClass()).isEqualTo(TableClass.STANDARD);
        assertThat(table.tableClassSummary().lastUpdateDateTime()).isEqualTo(Instant.ofEpochSecond(1700000009));
        assertThat(table.deletionProtectionEnabled()).isTrue();
        assertThat(table.onDemandThroughput().maxReadRequestUnits()).isEqualTo(26L);
        assertThat(table.onDemandThroughput().maxWriteRequestUnits()).isEqualTo(27L);
        assertThat(table.warmThroughput().readUnitsPerSecond()).isEqualTo(28L);
        assertThat(table.warmThroughput().writeUnitsPerSecond()).isEqualTo(29L);
        assertThat(table.warmThroughput().status()).isEqualTo(TableStatus.ACTIVE);
        assertThat(table.multiRegionConsistency()).isEqualTo(MultiRegionConsistency.STRONG);

        VectorIndexDescription vector = table.vectorIndexes().get(0);
        assertThat(table.vectorIndexes()).hasSize(1);
        assertThat(vector.indexName()).isEqualTo("vi");
        assertThat(vector.searchSchema()).containsExactly(SearchSchemaElement.hash("tenant"),
                SearchSchemaElement.inlineFilter("color"));
        assertThat(vector.searchSchema().get(1).attributeName()).isEqualTo("color");
        assertThat(vector.searchSchema().get(1).searchSchemaElementType())
                .isEqualTo(SearchSchemaElementType.INLINE_FILTER);
        assertThat(vector.projection()).isEqualTo(Projection.keysOnly());
        assertThat(vector.vectorAttribute()).isEqualTo(VectorAttributeDefinition.of("embedding"));
        assertThat(vector.vectorAttribute().attributeName()).isEqualTo("embedding");
        assertThat(vector.dimensions()).isEqualTo(1024L);
        assertThat(vector.distanceFunction()).isEqualTo(VectorDistanceFunction.DOT_PRODUCT);
        assertThat(vector.indexStatus()).isEqualTo(IndexStatus.DELETING);
        assertThat(vector.backfilling()).isFalse();
        assertThat(vector.indexSizeBytes()).isEqualTo(30L);
        assertThat(vector.itemCount()).isEqualTo(31L);
        assertThat(vector.indexArn()).isEqualTo("arn:vi");
        assertThat(List.of(table.toString(), lsi.toString(), replica.toString())).doesNotContainNull();
    }
}
