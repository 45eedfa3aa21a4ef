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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CreateGlobalTableTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new CreateGlobalTable("Tbl")
                .replicationGroup("us-east-1", "eu-west-1")
                .replicationGroup(Replica.of("ap-south-1"))
                .replicationGroup(List.of(Replica.of("sa-east-1")))
                .replicationGroup(Stream.of(Replica.of("us-west-2"))));

        assertThat(transport.lastBody()).isEqualTo("{\"GlobalTableName\":\"Tbl\",\"ReplicationGroup\":[{\"RegionName\":\"us-eas"
                + "t-1\"},{\"RegionName\":\"eu-west-1\"},{\"RegionName\":\"ap-south-1\"},{\"R"
                + "egionName\":\"sa-east-1\"},{\"RegionName\":\"us-west-2\"}]}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.CreateGlobalTable");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new CreateGlobalTable().globalTableName("Tbl").replicationGroup("us-east-1"));

        assertThat(transport.lastBody()).isEqualTo("{\"GlobalTableName\":\"Tbl\",\"ReplicationGroup\":[{\"RegionName\":\"us-eas"
                + "t-1\"}]}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.CreateGlobalTable");
    }

    @Test
    void aMissingNameFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new CreateGlobalTable().replicationGroup("us-east-1")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("CreateGlobalTable needs GlobalTableName, which is not set. Set it with new CreateGlobalTable(globalTableName) or .globalTableName(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aMissingReplicationGroupFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new CreateGlobalTable("Tbl")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("CreateGlobalTable needs ReplicationGroup, which is not set. Set it with .replicationGroup(regionNames...)");
        assertThat(transport.requests()).isEmpty();
    }

    /**
     * Reads a response with every member of the API model's output shape, recursively, plus an unknown
     * member, and checks every getter.
     */
    @Test
    void readsEveryResponseMember() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("CreateGlobalTableResponse-every-member.json")) {
            transport.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        CreateGlobalTableResponse response = connection.request(new CreateGlobalTable().globalTableName("Tbl").replicationGroup("us-east-1"));

        DescribeGlobalTableTest.assertEveryMember(response.globalTableDescription());
        assertThat(response.toString()).startsWith("CreateGlobalTableResponse{");
    }
}
