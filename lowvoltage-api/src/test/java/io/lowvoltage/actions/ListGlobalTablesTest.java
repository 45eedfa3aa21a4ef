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

class ListGlobalTablesTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new ListGlobalTables()
                .exclusiveStartGlobalTableName("A")
                .limit(5)
                .regionName("eu-west-1"));

        assertThat(transport.lastBody()).isEqualTo("{\"ExclusiveStartGlobalTableName\":\"A\",\"Limit\":5,\"RegionName\":\"eu-"
                + "west-1\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.ListGlobalTables");
    }

    @Test
    void theMinimalRequestIsEmpty() {
        transport.ok("{}");
        connection.request(new ListGlobalTables());

        assertThat(transport.lastBody()).isEqualTo("{}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.ListGlobalTables");
    }

    /**
     * Reads a response with every member of the API model's output shape, recursively, plus an unknown
     * member, and checks every getter.
     */
    @Test
    void readsEveryResponseMember() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("ListGlobalTablesResponse-every-member.json")) {
            transport.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        ListGlobalTablesResponse response = connection.request(new ListGlobalTables());

        assertThat(response.globalTables()).hasSize(1);
        assertThat(response.globalTables().get(0).globalTableName()).isEqualTo("GlobalTableName-1");
        assertThat(response.globalTables().get(0).replicationGroup()).hasSize(1);
        assertThat(response.globalTables().get(0).replicationGroup().get(0).regionName()).isEqualTo("RegionName-2");
        assertThat(response.lastEvaluatedGlobalTableName()).isEqualTo("LastEvaluatedGlobalTableName-3");
        assertThat(response.toString()).startsWith("ListGlobalTablesResponse{");
    }

    @Test
    void aPageWithLastEvaluatedGlobalTableNameHasMore() {
        transport.ok("{\"LastEvaluatedGlobalTableName\":\"A\"}").ok("{}");
        assertThat(connection.request(new ListGlobalTables()).hasMorePages()).isTrue();
        ListGlobalTablesResponse last = connection.request(new ListGlobalTables());
        assertThat(last.hasMorePages()).isFalse();
        assertThat(last.globalTables()).isEmpty();
    }
}
