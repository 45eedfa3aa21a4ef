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

class UpdateGlobalTableTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new UpdateGlobalTable("Tbl")
                .createReplica("ap-south-1")
                .deleteReplica("eu-west-1")
                .replicaUpdates(List.of(ReplicaUpdate.create("a")))
                .replicaUpdates(Stream.of(ReplicaUpdate.delete("b"))));

        assertThat(transport.lastBody()).isEqualTo("{\"GlobalTableName\":\"Tbl\",\"ReplicaUpdates\":[{\"Create\":{\"RegionName\""
                + ":\"ap-south-1\"}},{\"Delete\":{\"RegionName\":\"eu-west-1\"}},{\"Create\":"
                + "{\"RegionName\":\"a\"}},{\"Delete\":{\"RegionName\":\"b\"}}]}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.UpdateGlobalTable");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new UpdateGlobalTable().globalTableName("Tbl").replicaUpdates(ReplicaUpdate.create("a")));

        assertThat(transport.lastBody()).isEqualTo("{\"GlobalTableName\":\"Tbl\",\"ReplicaUpdates\":[{\"Create\":{\"RegionName\""
                + ":\"a\"}}]}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.UpdateGlobalTable");
    }

    @Test
    void aMissingNameFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new UpdateGlobalTable().createReplica("a")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("UpdateGlobalTable needs GlobalTableName, which is not set. Set it with new UpdateGlobalTable(globalTableName) or .globalTableName(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aMissingReplicaUpdateFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new UpdateGlobalTable("Tbl")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("UpdateGlobalTable needs ReplicaUpdates, which is not set. Set it with .createReplica(regionName), .deleteReplica(regionName) or .replicaUpdates(...)");
        assertThat(transport.requests()).isEmpty();
    }

    /**
     * Reads a response with every member of the API model's output shape, recursively, plus an unknown
     * member, and checks every getter.
     */
    @Test
    void readsEveryResponseMember() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("UpdateGlobalTableResponse-every-member.json")) {
            transport.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        UpdateGlobalTableResponse response = connection.request(new UpdateGlobalTable().globalTableName("Tbl").replicaUpdates(ReplicaUpdate.create("a")));

        DescribeGlobalTableTest.assertEveryMember(response.globalTableDescription());
        assertThat(response.toString()).startsWith("UpdateGlobalTableResponse{");
    }

    @Test
    void replicaUpdatesAreValues() {
        assertThat(ReplicaUpdate.create("a")).isEqualTo(ReplicaUpdate.create("a")).isNotEqualTo(ReplicaUpdate.delete("a"))
                .hasSameHashCodeAs(ReplicaUpdate.create("a"));
        assertThat(ReplicaUpdate.delete("a").isDelete()).isTrue();
        assertThat(ReplicaUpdate.delete("a").regionName()).isEqualTo("a");
        assertThat(ReplicaUpdate.delete("a")).hasToString("ReplicaUpdate{delete=a}");
    }
}
