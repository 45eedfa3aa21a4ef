package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class DeleteTableTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesTheTableNameAndReadsTheDescription() throws IOException {
        transport.ok(DescribeTableTest.everyMember().replaceFirst("\"Table\"", "\"TableDescription\""));

        DeleteTableResponse response = connection.request(new DeleteTable().tableName("Tbl"));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target", "DynamoDB_20120810.DeleteTable");
        DescribeTableTest.assertEveryMember(response.tableDescription());
    }

    @Test
    void aMissingTableNameFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new DeleteTable()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("DeleteTable needs TableName, which is not set. Set it with new DeleteTable(tableName) "
                        + "or .tableName(...)");
        assertThat(transport.requests()).isEmpty();
    }
}
