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

class DescribeBackupTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesTheBackupArn() {
        transport.ok("{}");
        connection.request(new DescribeBackup().backupArn("arn:b"));

        assertThat(transport.lastBody()).isEqualTo("{\"BackupArn\":\"arn:b\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target", "DynamoDB_20120810.DescribeBackup");
    }

    @Test
    void aMissingBackupArnFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new DescribeBackup()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("DescribeBackup needs BackupArn, which is not set. Set it with new DescribeBackup(backupArn) or .backupArn(...)");
        assertThat(transport.requests()).isEmpty();
    }

    /**
     * Reads a response with every member of the API model's output shape, recursively, plus an unknown
     * member, and checks every getter.
     */
    @Test
    void readsEveryResponseMember() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("DescribeBackupResponse-every-member.json")) {
            transport.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        DescribeBackupResponse response = connection.request(new DescribeBackup().backupArn("arn:b"));

        assertEveryMember(response.backupDescription());
        assertThat(response.toString()).startsWith("DescribeBackupResponse{");
    }

    /** Asserts every getter of a BackupDescription read from the every-member fixture; shared with DeleteBackupTest. */
    static void assertEveryMember(BackupDescription backup) {
        assertEveryMember(backup.backupDetails());
        assertThat(backup.sourceTableDetails().tableName()).isEqualTo("TableName-8");
        assertThat(backup.sourceTableDetails().tableId()).isEqualTo("TableId-9");
        assertThat(backup.sourceTableDetails().tableArn()).isEqualTo("TableArn-10");
        assertThat(backup.sourceTableDetails().tableSizeBytes()).isEqualTo(11L);
        assertThat(backup.sourceTableDetails().keySchema()).hasSize(1);
        assertThat(backup.sourceTableDetails().keySchema().get(0).attributeName()).isEqualTo("AttributeName-12");
        assertThat(backup.sourceTableDetails().keySchema().get(0).keyType()).isEqualTo(KeyType.RANGE);
        assertThat(backup.sourceTableDetails().tableCreationDateTime()).isEqualTo(Instant.ofEpochSecond(1700000014, 125_000_000));
        assertThat(backup.sourceTableDetails().provisionedThroughput().readCapacityUnits()).isEqualTo(15L);
        assertThat(backup.sourceTableDetails().provisionedThroughput().writeCapacityUnits()).isEqualTo(16L);
        assertThat(backup.sourceTableDetails().onDemandThroughput().maxReadRequestUnits()).isEqualTo(17L);
        assertThat(backup.sourceTableDetails().onDemandThroughput().maxWriteRequestUnits()).isEqualTo(18L);
        assertThat(backup.sourceTableDetails().itemCount()).isEqualTo(19L);
        assertThat(backup.sourceTableDetails().billingMode()).isEqualTo(BillingMode.PROVISIONED);
        assertThat(backup.sourceTableFeatureDetails().localSecondaryIndexes()).hasSize(1);
        assertThat(backup.sourceTableFeatureDetails().localSecondaryIndexes().get(0).indexName()).isEqualTo("IndexName-21");
        assertThat(backup.sourceTableFeatureDetails().localSecondaryIndexes().get(0).keySchema()).hasSize(1);
        assertThat(backup.sourceTableFeatureDetails().localSecondaryIndexes().get(0).keySchema().get(0).attributeName()).isEqualTo("AttributeName-22");
        assertThat(backup.sourceTableFeatureDetails().localSecondaryIndexes().get(0).keySchema().get(0).keyType()).isEqualTo(KeyType.RANGE);
        assertThat(backup.sourceTableFeatureDetails().localSecondaryIndexes().get(0).projection().projectionType()).isEqualTo(ProjectionType.ALL);
        assertThat(backup.sourceTableFeatureDetails().localSecondaryIndexes().get(0).projection().nonKeyAttributes()).hasSize(1);
        assertThat(backup.sourceTableFeatureDetails().localSecondaryIndexes().get(0).projection().nonKeyAttributes().get(0)).isEqualTo("NonKeyAttributes-25");
        assertThat(backup.sourceTableFeatureDetails().globalSecondaryIndexes()).hasSize(1);
        assertThat(backup.sourceTableFeatureDetails().globalSecondaryIndexes().get(0).indexName()).isEqualTo("IndexName-26");
        assertThat(backup.sourceTableFeatureDetails().globalSecondaryIndexes().get(0).keySchema()).hasSize(1);
        assertThat(backup.sourceTableFeatureDetails().globalSecondaryIndexes().get(0).keySchema().get(0).attributeName()).isEqualTo("AttributeName-27");
        assertThat(backup.sourceTableFeatureDetails().globalSecondaryIndexes().get(0).keySchema().get(0).keyType()).isEqualTo(KeyType.HASH);
        assertThat(backup.sourceTableFeatureDetails().globalSecondaryIndexes().get(0).projection().projectionType()).isEqualTo(ProjectionType.INCLUDE);
        assertThat(backup.sourceTableFeatureDetails().globalSecondaryIndexes().get(0).projection().nonKeyAttributes()).hasSize(1);
        assertThat(backup.sourceTableFeatureDetails().globalSecondaryIndexes().get(0).projection().nonKeyAttributes().get(0)).isEqualTo("NonKeyAttributes-30");
        assertThat(backup.sourceTableFeatureDetails().globalSecondaryIndexes().get(0).provisionedThroughput().readCapacityUnits()).isEqualTo(31L);
        assertThat(backup.sourceTableFeatureDetails().globalSecondaryIndexes().get(0).provisionedThroughput().writeCapacityUnits()).isEqualTo(32L);
        assertThat(backup.sourceTableFeatureDetails().globalSecondaryIndexes().get(0).onDemandThroughput().maxReadRequestUnits()).isEqualTo(33L);
        assertThat(backup.sourceTableFeatureDetails().globalSecondaryIndexes().get(0).onDemandThroughput().maxWriteRequestUnits()).isEqualTo(34L);
        assertThat(backup.sourceTableFeatureDetails().streamDescription().streamEnabled()).isTrue();
        assertThat(backup.sourceTableFeatureDetails().streamDescription().streamViewType()).isEqualTo(StreamViewType.NEW_IMAGE);
        assertThat(backup.sourceTableFeatureDetails().timeToLiveDescription().timeToLiveStatus()).isEqualTo(TimeToLiveStatus.DISABLING);
        assertThat(backup.sourceTableFeatureDetails().timeToLiveDescription().attributeName()).isEqualTo("AttributeName-38");
        assertThat(backup.sourceTableFeatureDetails().sseDescription().status()).isEqualTo(SSEStatus.UPDATING);
        assertThat(backup.sourceTableFeatureDetails().sseDescription().sseType()).isEqualTo(SSEType.AES256);
        assertThat(backup.sourceTableFeatureDetails().sseDescription().kmsMasterKeyArn()).isEqualTo("KMSMasterKeyArn-41");
        assertThat(backup.sourceTableFeatureDetails().sseDescription().inaccessibleEncryptionDateTime()).isEqualTo(Instant.ofEpochSecond(1700000042, 125_000_000));
        assertThat(backup.sourceTableFeatureDetails().vectorIndexes()).hasSize(1);
        assertThat(backup.sourceTableFeatureDetails().vectorIndexes().get(0).indexName()).isEqualTo("IndexName-43");
        assertThat(backup.sourceTableFeatureDetails().vectorIndexes().get(0).vectorAttribute().attributeName()).isEqualTo("AttributeName-44");
        assertThat(backup.sourceTableFeatureDetails().vectorIndexes().get(0).searchSchema()).hasSize(1);
        assertThat(backup.sourceTableFeatureDetails().vectorIndexes().get(0).searchSchema().get(0).attributeName()).isEqualTo("AttributeName-45");
        assertThat(backup.sourceTableFeatureDetails().vectorIndexes().get(0).searchSchema().get(0).searchSchemaElementType()).isEqualTo(SearchSchemaElementType.HASH);
        assertThat(backup.sourceTableFeatureDetails().vectorIndexes().get(0).projection().projectionType()).isEqualTo(ProjectionType.INCLUDE);
        assertThat(backup.sourceTableFeatureDetails().vectorIndexes().get(0).projection().nonKeyAttributes()).hasSize(1);
        assertThat(backup.sourceTableFeatureDetails().vectorIndexes().get(0).projection().nonKeyAttributes().get(0)).isEqualTo("NonKeyAttributes-48");
        assertThat(backup.sourceTableFeatureDetails().vectorIndexes().get(0).dimensions()).isEqualTo(49L);
        assertThat(backup.sourceTableFeatureDetails().vectorIndexes().get(0).distanceFunction()).isEqualTo(VectorDistanceFunction.EUCLIDEAN);
    }

    /** Asserts every getter of the BackupDetails in the every-member fixtures; shared with CreateBackupTest. */
    static void assertEveryMember(BackupDetails details) {
        assertThat(details.backupArn()).isEqualTo("BackupArn-1");
        assertThat(details.backupName()).isEqualTo("BackupName-2");
        assertThat(details.backupSizeBytes()).isEqualTo(3L);
        assertThat(details.backupStatus()).isEqualTo(BackupStatus.DELETED);
        assertThat(details.backupType()).isEqualTo(BackupType.AWS_BACKUP);
        assertThat(details.backupCreationDateTime()).isEqualTo(Instant.ofEpochSecond(1700000006, 125_000_000));
        assertThat(details.backupExpiryDateTime()).isEqualTo(Instant.ofEpochSecond(1700000007, 125_000_000));
    }
}
