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

class DeleteBackupTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesTheBackupArn() {
        transport.ok("{}");
        connection.request(new DeleteBackup("arn:b"));

        assertThat(transport.lastBody()).isEqualTo("{\"BackupArn\":\"arn:b\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target", "DynamoDB_20120810.DeleteBackup");
    }

    @Test
    void aMissingBackupArnFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new DeleteBackup()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("DeleteBackup needs BackupArn, which is not set. Set it with new DeleteBackup(backupArn) or .backupArn(...)");
        assertThat(transport.requests()).isEmpty();
    }

    /**
     * Reads a response with every member of the API model's output shape, recursively, plus an unknown
     * member, and checks every getter.
     */
    @Test
    void readsEveryResponseMember() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("DeleteBackupResponse-every-member.json")) {
            transport.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        DeleteBackupResponse response = connection.request(new DeleteBackup("arn:b"));

        assertThat(response.backupDescription().backupDetails().backupArn()).isEqualTo("BackupArn-1");
        assertThat(response.backupDescription().backupDetails().backupName()).isEqualTo("BackupName-2");
        assertThat(response.backupDescription().backupDetails().backupSizeBytes()).isEqualTo(3L);
        assertThat(response.backupDescription().backupDetails().backupStatus()).isEqualTo(BackupStatus.DELETED);
        assertThat(response.backupDescription().backupDetails().backupType()).isEqualTo(BackupType.AWS_BACKUP);
        assertThat(response.backupDescription().backupDetails().backupCreationDateTime()).isEqualTo(Instant.ofEpochSecond(1700000006, 125_000_000));
        assertThat(response.backupDescription().backupDetails().backupExpiryDateTime()).isEqualTo(Instant.ofEpochSecond(1700000007, 125_000_000));
        assertThat(response.backupDescription().sourceTableDetails().tableName()).isEqualTo("TableName-8");
        assertThat(response.backupDescription().sourceTableDetails().tableId()).isEqualTo("TableId-9");
        assertThat(response.backupDescription().sourceTableDetails().tableArn()).isEqualTo("TableArn-10");
        assertThat(response.backupDescription().sourceTableDetails().tableSizeBytes()).isEqualTo(11L);
        assertThat(response.backupDescription().sourceTableDetails().keySchema()).hasSize(1);
        assertThat(response.backupDescription().sourceTableDetails().keySchema().get(0).attributeName()).isEqualTo("AttributeName-12");
        assertThat(response.backupDescription().sourceTableDetails().keySchema().get(0).keyType()).isEqualTo(KeyType.RANGE);
        assertThat(response.backupDescription().sourceTableDetails().tableCreationDateTime()).isEqualTo(Instant.ofEpochSecond(1700000014, 125_000_000));
        assertThat(response.backupDescription().sourceTableDetails().provisionedThroughput().readCapacityUnits()).isEqualTo(15L);
        assertThat(response.backupDescription().sourceTableDetails().provisionedThroughput().writeCapacityUnits()).isEqualTo(16L);
        assertThat(response.backupDescription().sourceTableDetails().onDemandThroughput().maxReadRequestUnits()).isEqualTo(17L);
        assertThat(response.backupDescription().sourceTableDetails().onDemandThroughput().maxWriteRequestUnits()).isEqualTo(18L);
        assertThat(response.backupDescription().sourceTableDetails().itemCount()).isEqualTo(19L);
        assertThat(response.backupDescription().sourceTableDetails().billingMode()).isEqualTo(BillingMode.PROVISIONED);
        assertThat(response.backupDescription().sourceTableFeatureDetails().localSecondaryIndexes()).hasSize(1);
        assertThat(response.backupDescription().sourceTableFeatureDetails().localSecondaryIndexes().get(0).indexName()).isEqualTo("IndexName-21");
        assertThat(response.backupDescription().sourceTableFeatureDetails().localSecondaryIndexes().get(0).keySchema()).hasSize(1);
        assertThat(response.backupDescription().sourceTableFeatureDetails().localSecondaryIndexes().get(0).keySchema().get(0).attributeName()).isEqualTo("AttributeName-22");
        assertThat(response.backupDescription().sourceTableFeatureDetails().localSecondaryIndexes().get(0).keySchema().get(0).keyType()).isEqualTo(KeyType.RANGE);
        assertThat(response.backupDescription().sourceTableFeatureDetails().localSecondaryIndexes().get(0).projection().projectionType()).isEqualTo(ProjectionType.ALL);
        assertThat(response.backupDescription().sourceTableFeatureDetails().localSecondaryIndexes().get(0).projection().nonKeyAttributes()).hasSize(1);
        assertThat(response.backupDescription().sourceTableFeatureDetails().localSecondaryIndexes().get(0).projection().nonKeyAttributes().get(0)).isEqualTo("NonKeyAttributes-25");
        assertThat(response.backupDescription().sourceTableFeatureDetails().globalSecondaryIndexes()).hasSize(1);
        assertThat(response.backupDescription().sourceTableFeatureDetails().globalSecondaryIndexes().get(0).indexName()).isEqualTo("IndexName-26");
        assertThat(response.backupDescription().sourceTableFeatureDetails().globalSecondaryIndexes().get(0).keySchema()).hasSize(1);
        assertThat(response.backupDescription().sourceTableFeatureDetails().globalSecondaryIndexes().get(0).keySchema().get(0).attributeName()).isEqualTo("AttributeName-27");
        assertThat(response.backupDescription().sourceTableFeatureDetails().globalSecondaryIndexes().get(0).keySchema().get(0).keyType()).isEqualTo(KeyType.HASH);
        assertThat(response.backupDescription().sourceTableFeatureDetails().globalSecondaryIndexes().get(0).projection().projectionType()).isEqualTo(ProjectionType.INCLUDE);
        assertThat(response.backupDescription().sourceTableFeatureDetails().globalSecondaryIndexes().get(0).projection().nonKeyAttributes()).hasSize(1);
        assertThat(response.backupDescription().sourceTableFeatureDetails().globalSecondaryIndexes().get(0).projection().nonKeyAttributes().get(0)).isEqualTo("NonKeyAttributes-30");
        assertThat(response.backupDescription().sourceTableFeatureDetails().globalSecondaryIndexes().get(0).provisionedThroughput().readCapacityUnits()).isEqualTo(31L);
        assertThat(response.backupDescription().sourceTableFeatureDetails().globalSecondaryIndexes().get(0).provisionedThroughput().writeCapacityUnits()).isEqualTo(32L);
        assertThat(response.backupDescription().sourceTableFeatureDetails().globalSecondaryIndexes().get(0).onDemandThroughput().maxReadRequestUnits()).isEqualTo(33L);
        assertThat(response.backupDescription().sourceTableFeatureDetails().globalSecondaryIndexes().get(0).onDemandThroughput().maxWriteRequestUnits()).isEqualTo(34L);
        assertThat(response.backupDescription().sourceTableFeatureDetails().streamDescription().streamEnabled()).isTrue();
        assertThat(response.backupDescription().sourceTableFeatureDetails().streamDescription().streamViewType()).isEqualTo(StreamViewType.NEW_IMAGE);
        assertThat(response.backupDescription().sourceTableFeatureDetails().timeToLiveDescription().timeToLiveStatus()).isEqualTo(TimeToLiveStatus.DISABLING);
        assertThat(response.backupDescription().sourceTableFeatureDetails().timeToLiveDescription().attributeName()).isEqualTo("AttributeName-38");
        assertThat(response.backupDescription().sourceTableFeatureDetails().sseDescription().status()).isEqualTo(SSEStatus.UPDATING);
        assertThat(response.backupDescription().sourceTableFeatureDetails().sseDescription().sseType()).isEqualTo(SSEType.AES256);
        assertThat(response.backupDescription().sourceTableFeatureDetails().sseDescription().kmsMasterKeyArn()).isEqualTo("KMSMasterKeyArn-41");
        assertThat(response.backupDescription().sourceTableFeatureDetails().sseDescription().inaccessibleEncryptionDateTime()).isEqualTo(Instant.ofEpochSecond(1700000042, 125_000_000));
        assertThat(response.backupDescription().sourceTableFeatureDetails().vectorIndexes()).hasSize(1);
        assertThat(response.backupDescription().sourceTableFeatureDetails().vectorIndexes().get(0).indexName()).isEqualTo("IndexName-43");
        assertThat(response.backupDescription().sourceTableFeatureDetails().vectorIndexes().get(0).vectorAttribute().attributeName()).isEqualTo("AttributeName-44");
        assertThat(response.backupDescription().sourceTableFeatureDetails().vectorIndexes().get(0).searchSchema()).hasSize(1);
        assertThat(response.backupDescription().sourceTableFeatureDetails().vectorIndexes().get(0).searchSchema().get(0).attributeName()).isEqualTo("AttributeName-45");
        assertThat(response.backupDescription().sourceTableFeatureDetails().vectorIndexes().get(0).searchSchema().get(0).searchSchemaElementType()).isEqualTo(SearchSchemaElementType.HASH);
        assertThat(response.backupDescription().sourceTableFeatureDetails().vectorIndexes().get(0).projection().projectionType()).isEqualTo(ProjectionType.INCLUDE);
        assertThat(response.backupDescription().sourceTableFeatureDetails().vectorIndexes().get(0).projection().nonKeyAttributes()).hasSize(1);
        assertThat(response.backupDescription().sourceTableFeatureDetails().vectorIndexes().get(0).projection().nonKeyAttributes().get(0)).isEqualTo("NonKeyAttributes-48");
        assertThat(response.backupDescription().sourceTableFeatureDetails().vectorIndexes().get(0).dimensions()).isEqualTo(49L);
        assertThat(response.backupDescription().sourceTableFeatureDetails().vectorIndexes().get(0).distanceFunction()).isEqualTo(VectorDistanceFunction.EUCLIDEAN);
        assertThat(response.toString()).startsWith("DeleteBackupResponse{");
    }
}
