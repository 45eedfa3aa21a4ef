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

        DescribeBackupTest.assertEveryMember(response.backupDescription());
        assertThat(response.toString()).startsWith("DeleteBackupResponse{");
    }
}
