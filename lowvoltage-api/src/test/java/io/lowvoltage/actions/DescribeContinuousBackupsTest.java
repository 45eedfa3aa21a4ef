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

class DescribeContinuousBackupsTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesTheTableName() {
        transport.ok("{}");
        connection.request(new DescribeContinuousBackups("Tbl"));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.DescribeContinuousBackups");
    }

    @Test
    void aMissingTableNameFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new DescribeContinuousBackups()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("DescribeContinuousBackups needs TableName, which is not set. Set it with new DescribeContinuousBackups(tableName) or .tableName(...)");
        assertThat(transport.requests()).isEmpty();
    }

    /**
     * Reads a response with every member of the API model's output shape, recursively, plus an unknown
     * member, and checks every getter.
     */
    @Test
    void readsEveryResponseMember() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("DescribeContinuousBackupsResponse-every-member.json")) {
            transport.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        DescribeContinuousBackupsResponse response = connection.request(new DescribeContinuousBackups("Tbl"));

        assertThat(response.continuousBackupsDescription().continuousBackupsStatus()).isEqualTo(ContinuousBackupsStatus.DISABLED);
        assertThat(response.continuousBackupsDescription().pointInTimeRecoveryDescription().pointInTimeRecoveryStatus()).isEqualTo(PointInTimeRecoveryStatus.ENABLED);
        assertThat(response.continuousBackupsDescription().pointInTimeRecoveryDescription().recoveryPeriodInDays()).isEqualTo(3);
        assertThat(response.continuousBackupsDescription().pointInTimeRecoveryDescription().earliestRestorableDateTime()).isEqualTo(Instant.ofEpochSecond(1700000004, 125_000_000));
        assertThat(response.continuousBackupsDescription().pointInTimeRecoveryDescription().latestRestorableDateTime()).isEqualTo(Instant.ofEpochSecond(1700000005, 125_000_000));
        assertThat(response.toString()).startsWith("DescribeContinuousBackupsResponse{");
    }
}
