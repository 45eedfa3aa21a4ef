package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.lowvoltage.Connection;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import org.junit.jupiter.api.Test;

class ListTablesTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new ListTables().limit(10).exclusiveStartTableName("A"));

        assertThat(transport.lastBody()).isEqualTo("{\"ExclusiveStartTableName\":\"A\",\"Limit\":10}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target", "DynamoDB_20120810.ListTables");
    }

    @Test
    void writesAnEmptyObjectWhenNothingIsSet() {
        transport.ok("{}");
        connection.request(new ListTables());

        assertThat(transport.lastBody()).isEqualTo("{}");
    }

    @Test
    void readsAPageWithMorePages() {
        transport.ok("{\"TableNames\":[\"A\",\"B\"],\"LastEvaluatedTableName\":\"B\",\"Future\":{\"x\":[1]}}");

        ListTablesResponse response = connection.request(new ListTables());

        assertThat(response.tableNames()).containsExactly("A", "B");
        assertThat(response.lastEvaluatedTableName()).isEqualTo("B");
        assertThat(response.hasMorePages()).isTrue();
        assertThat(response).hasToString("ListTablesResponse{tableNames=[A, B], lastEvaluatedTableName=B}");
    }

    @Test
    void theLastPageHasNoMorePages() {
        transport.ok("{\"TableNames\":[]}");

        ListTablesResponse response = connection.request(new ListTables());

        assertThat(response.tableNames()).isEmpty();
        assertThat(response.lastEvaluatedTableName()).isNull();
        assertThat(response.hasMorePages()).isFalse();
    }
}
