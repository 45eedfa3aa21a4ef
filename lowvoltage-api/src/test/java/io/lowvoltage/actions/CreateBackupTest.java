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
import org.junit.jupiter.api.Test;

class CreateBackupTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesTheTableAndBackupNames() {
        transport.ok("{}");
        connection.request(new CreateBackup("Tbl", "b"));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"BackupName\":\"b\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target", "DynamoDB_20120810.CreateBackup");
    }

    @Test
    void aMissingTableNameFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new CreateBackup().backupName("b")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("CreateBackup needs TableName, which is not set. Set it with new CreateBackup(tableName, backupName) or .tableName(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aMissingBackupNameFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new CreateBackup().tableName("Tbl")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("CreateBackup needs BackupName, which is not set. Set it with new CreateBackup(tableName, backupName) or .backupName(...)");
        assertThat(transport.requests()).isEmpty();
    }

    /**
     * Reads a response with every member of the API model's output shape, recursively, plus an unknown
     * member, and checks every getter.
     */
    @Test
    void readsEveryResponseMember() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("CreateBackupResponse-every-member.json")) {
            transport.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        CreateBackupResponse response = connection.request(new CreateBackup("Tbl", "b"));

        DescribeBackupTest.assertEveryMember(response.backupDetails());
        assertThat(response.toString()).startsWith("CreateBackupResponse{");
    }
}
