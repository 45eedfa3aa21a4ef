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

class UpdateTableReplicaAutoScalingTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    private static final AutoScalingSettingsUpdate SETTINGS = UpdateGlobalTableSettingsTest.settings();

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new UpdateTableReplicaAutoScaling("Tbl")
                .globalSecondaryIndexUpdates(GlobalSecondaryIndexAutoScalingUpdate.of("g")
                .withProvisionedWriteCapacityAutoScalingUpdate(SETTINGS))
                .provisionedWriteCapacityAutoScalingUpdate(SETTINGS)
                .replicaUpdates(ReplicaAutoScalingUpdate.of("eu-west-1")
                .withReplicaGlobalSecondaryIndexUpdates(ReplicaGlobalSecondaryIndexAutoScalingUpdate.of("g")
                .withProvisionedReadCapacityAutoScalingUpdate(SETTINGS))
                .withReplicaProvisionedReadCapacityAutoScalingUpdate(SETTINGS)));

        assertThat(transport.lastBody()).isEqualTo("{\"GlobalSecondaryIndexUpdates\":[{\"IndexName\":\"g\",\"ProvisionedWri"
                + "teCapacityAutoScalingUpdate\":{\"MinimumUnits\":1,\"MaximumUnits\":2,"
                + "\"AutoScalingDisabled\":false,\"AutoScalingRoleArn\":\"arn:r\",\"Scalin"
                + "gPolicyUpdate\":{\"PolicyName\":\"p\",\"TargetTrackingScalingPolicyCon"
                + "figuration\":{\"DisableScaleIn\":true,\"ScaleInCooldown\":3,\"ScaleOut"
                + "Cooldown\":4,\"TargetValue\":70.5}}}}],\"TableName\":\"Tbl\",\"Provisioned"
                + "WriteCapacityAutoScalingUpdate\":{\"MinimumUnits\":1,\"MaximumUnits\""
                + ":2,\"AutoScalingDisabled\":false,\"AutoScalingRoleArn\":\"arn:r\",\"Sca"
                + "lingPolicyUpdate\":{\"PolicyName\":\"p\",\"TargetTrackingScalingPolicy"
                + "Configuration\":{\"DisableScaleIn\":true,\"ScaleInCooldown\":3,\"Scale"
                + "OutCooldown\":4,\"TargetValue\":70.5}}},\"ReplicaUpdates\":[{\"RegionN"
                + "ame\":\"eu-west-1\",\"ReplicaGlobalSecondaryIndexUpdates\":[{\"IndexNa"
                + "me\":\"g\",\"ProvisionedReadCapacityAutoScalingUpdate\":{\"MinimumUnit"
                + "s\":1,\"MaximumUnits\":2,\"AutoScalingDisabled\":false,\"AutoScalingRo"
                + "leArn\":\"arn:r\",\"ScalingPolicyUpdate\":{\"PolicyName\":\"p\",\"TargetTr"
                + "ackingScalingPolicyConfiguration\":{\"DisableScaleIn\":true,\"ScaleI"
                + "nCooldown\":3,\"ScaleOutCooldown\":4,\"TargetValue\":70.5}}}}],\"Repli"
                + "caProvisionedReadCapacityAutoScalingUpdate\":{\"MinimumUnits\":1,\"M"
                + "aximumUnits\":2,\"AutoScalingDisabled\":false,\"AutoScalingRoleArn\":"
                + "\"arn:r\",\"ScalingPolicyUpdate\":{\"PolicyName\":\"p\",\"TargetTrackingS"
                + "calingPolicyConfiguration\":{\"DisableScaleIn\":true,\"ScaleInCooldo"
                + "wn\":3,\"ScaleOutCooldown\":4,\"TargetValue\":70.5}}}}]}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.UpdateTableReplicaAutoScaling");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new UpdateTableReplicaAutoScaling()
                .tableName("Tbl")
                .globalSecondaryIndexUpdates(List.of(GlobalSecondaryIndexAutoScalingUpdate.of("g")))
                .replicaUpdates(Stream.of(ReplicaAutoScalingUpdate.of("r"))));

        assertThat(transport.lastBody()).isEqualTo("{\"GlobalSecondaryIndexUpdates\":[{\"IndexName\":\"g\"}],\"TableName\":\""
                + "Tbl\",\"ReplicaUpdates\":[{\"RegionName\":\"r\"}]}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.UpdateTableReplicaAutoScaling");
    }

    @Test
    void aMissingTableNameFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new UpdateTableReplicaAutoScaling()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("UpdateTableReplicaAutoScaling needs TableName, which is not set. Set it with new UpdateTableReplicaAutoScaling(tableName) or .tableName(...)");
        assertThat(transport.requests()).isEmpty();
    }

    /**
     * Reads a response with every member of the API model's output shape, recursively, plus an unknown
     * member, and checks every getter.
     */
    @Test
    void readsEveryResponseMember() throws IOException {
        try (
                InputStream in = getClass().getResourceAsStream("UpdateTableReplicaAutoScalingResponse-every-member.json")) {
            transport.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        UpdateTableReplicaAutoScalingResponse response = connection.request(new UpdateTableReplicaAutoScaling().tableName("Tbl").globalSecondaryIndexUpdates(List.of(GlobalSecondaryIndexAutoScalingUpdate.of("g"))).replicaUpdates(Stream.of(ReplicaAutoScalingUpdate.of("r"))));

        DescribeTableReplicaAutoScalingTest.assertEveryMember(response.tableAutoScalingDescription());
        assertThat(response.toString()).startsWith("UpdateTableReplicaAutoScalingResponse{");
    }
}
