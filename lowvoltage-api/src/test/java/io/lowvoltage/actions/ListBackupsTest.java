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

class ListBackupsTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new ListBackups()
                .tableName("Tbl")
                .limit(10)
                .timeRangeLowerBound(Instant.ofEpochSecond(1700000000, 125_000_000))
                .timeRangeUpperBound(Instant.ofEpochSecond(1700000100))
                .exclusiveStartBackupArn("arn:b")
                .backupTypeAll());

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"Limit\":10,\"TimeRangeLowerBound\":1700000000.125"
                + ",\"TimeRangeUpperBound\":1700000100,\"ExclusiveStartBackupArn\":\"arn"
                + ":b\",\"BackupType\":\"ALL\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target", "DynamoDB_20120810.ListBackups");
    }

    @Test
    void theMinimalRequestIsEmpty() {
        transport.ok("{}");
        connection.request(new ListBackups());

        assertThat(transport.lastBody()).isEqualTo("{}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target", "DynamoDB_20120810.ListBackups");
    }

    /**
     * Reads a response with every member of the API model's output shape, recursively, plus an unknown
     * member, and checks every getter.
     */
    @Test
    void readsEveryResponseMember() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("ListBackupsResponse-every-member.json")) {
            transport.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        ListBackupsResponse response = connection.request(new ListBackups());

        assertThat(response.backupSummaries()).hasSize(1);
        assertThat(response.backupSummaries().get(0).tableName()).isEqualTo("TableName-1");
        assertThat(response.backupSummaries().get(0).tableId()).isEqualTo("TableId-2");
        assertThat(response.backupSummaries().get(0).tableArn()).isEqualTo("TableArn-3");
        assertThat(response.backupSummaries().get(0).backupArn()).isEqualTo("BackupArn-4");
        assertThat(response.backupSummaries().get(0).backupName()).isEqualTo("BackupName-5");
        assertThat(response.backupSummaries().get(0).backupCreationDateTime()).isEqualTo(Instant.ofEpochSecond(1700000006, 125_000_000));
        assertThat(response.backupSummaries().get(0).backupExpiryDateTime()).isEqualTo(Instant.ofEpochSecond(1700000007, 125_000_000));
        assertThat(response.backupSummaries().get(0).backupStatus()).isEqualTo(BackupStatus.AVAILABLE);
        assertThat(response.backupSummaries().get(0).backupType()).isEqualTo(BackupType.USER);
        assertThat(response.backupSummaries().get(0).backupSizeBytes()).isEqualTo(10L);
        assertThat(response.lastEvaluatedBackupArn()).isEqualTo("LastEvaluatedBackupArn-11");
        assertThat(response.toString()).startsWith("ListBackupsResponse{");
    }

    @Test
    void eachBackupTypeHasANamedMethod() {
        transport.ok("{}").ok("{}").ok("{}").ok("{}");
        connection.request(new ListBackups().backupTypeUser());
        assertThat(transport.lastBody()).isEqualTo("{\"BackupType\":\"USER\"}");
        connection.request(new ListBackups().backupTypeSystem());
        assertThat(transport.lastBody()).isEqualTo("{\"BackupType\":\"SYSTEM\"}");
        connection.request(new ListBackups().backupTypeAwsBackup());
        assertThat(transport.lastBody()).isEqualTo("{\"BackupType\":\"AWS_BACKUP\"}");
        connection.request(new ListBackups().backupType(BackupTypeFilter.ALL));
        assertThat(transport.lastBody()).isEqualTo("{\"BackupType\":\"ALL\"}");
    }

    @Test
    void aPageWithoutLastEvaluatedBackupArnIsTheLast() {
        transport.ok("{\"BackupSummaries\":[]}");
        ListBackupsResponse response = connection.request(new ListBackups());
        assertThat(response.hasMorePages()).isFalse();
        assertThat(response.lastEvaluatedBackupArn()).isNull();
        assertThat(response.backupSummaries()).isEmpty();
    }

    @Test
    void aPageWithLastEvaluatedBackupArnHasMore() {
        transport.ok("{\"LastEvaluatedBackupArn\":\"arn:b\"}");
        assertThat(connection.request(new ListBackups()).hasMorePages()).isTrue();
    }
}
