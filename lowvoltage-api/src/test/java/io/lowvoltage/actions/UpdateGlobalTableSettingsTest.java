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

class UpdateGlobalTableSettingsTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    private static final AutoScalingSettingsUpdate SETTINGS = settings();
    private static final AutoScalingSettingsUpdate SETTINGS_AGAIN = settings();

    /** The AutoScalingSettingsUpdate request fixture; also used by UpdateTableReplicaAutoScalingTest. */
    static AutoScalingSettingsUpdate settings() {
        return AutoScalingSettingsUpdate.create()
                .withMinimumUnits(1)
                .withMaximumUnits(2)
                .withAutoScalingDisabled(false)
                .withAutoScalingRoleArn("arn:r")
                .withScalingPolicyUpdate(AutoScalingPolicyUpdate.of(AutoScalingTargetTrackingScalingPolicyConfigurationUpdate.of(70.5)
                .withDisableScaleIn(true)
                .withScaleInCooldown(3)
                .withScaleOutCooldown(4))
                .withPolicyName("p"));
    }

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new UpdateGlobalTableSettings("Tbl")
                .globalTableBillingModeProvisioned()
                .globalTableProvisionedWriteCapacityUnits(10)
                .globalTableProvisionedWriteCapacityAutoScalingSettingsUpdate(SETTINGS)
                .globalTableGlobalSecondaryIndexSettingsUpdate(GlobalTableGlobalSecondaryIndexSettingsUpdate.of("g")
                .withProvisionedWriteCapacityUnits(11)
                .withProvisionedWriteCapacityAutoScalingSettingsUpdate(SETTINGS))
                .replicaSettingsUpdate(ReplicaSettingsUpdate.of("eu-west-1")
                .withReplicaProvisionedReadCapacityUnits(12)
                .withReplicaProvisionedReadCapacityAutoScalingSettingsUpdate(SETTINGS)
                .withReplicaGlobalSecondaryIndexSettingsUpdate(ReplicaGlobalSecondaryIndexSettingsUpdate.of("g")
                .withProvisionedReadCapacityUnits(13)
                .withProvisionedReadCapacityAutoScalingSettingsUpdate(SETTINGS))
                .withReplicaTableClass(TableClass.STANDARD_INFREQUENT_ACCESS)));

        assertThat(transport.lastBody()).isEqualTo("{\"GlobalTableName\":\"Tbl\",\"GlobalTableBillingMode\":\"PROVISIONED\",\"G"
                + "lobalTableProvisionedWriteCapacityUnits\":10,\"GlobalTableProvisio"
                + "nedWriteCapacityAutoScalingSettingsUpdate\":{\"MinimumUnits\":1,\"Ma"
                + "ximumUnits\":2,\"AutoScalingDisabled\":false,\"AutoScalingRoleArn\":\""
                + "arn:r\",\"ScalingPolicyUpdate\":{\"PolicyName\":\"p\",\"TargetTrackingSc"
                + "alingPolicyConfiguration\":{\"DisableScaleIn\":true,\"ScaleInCooldow"
                + "n\":3,\"ScaleOutCooldown\":4,\"TargetValue\":70.5}}},\"GlobalTableGlob"
                + "alSecondaryIndexSettingsUpdate\":[{\"IndexName\":\"g\",\"ProvisionedWr"
                + "iteCapacityUnits\":11,\"ProvisionedWriteCapacityAutoScalingSetting"
                + "sUpdate\":{\"MinimumUnits\":1,\"MaximumUnits\":2,\"AutoScalingDisabled"
                + "\":false,\"AutoScalingRoleArn\":\"arn:r\",\"ScalingPolicyUpdate\":{\"Pol"
                + "icyName\":\"p\",\"TargetTrackingScalingPolicyConfiguration\":{\"Disabl"
                + "eScaleIn\":true,\"ScaleInCooldown\":3,\"ScaleOutCooldown\":4,\"TargetV"
                + "alue\":70.5}}}}],\"ReplicaSettingsUpdate\":[{\"RegionName\":\"eu-west-"
                + "1\",\"ReplicaProvisionedReadCapacityUnits\":12,\"ReplicaProvisionedR"
                + "eadCapacityAutoScalingSettingsUpdate\":{\"MinimumUnits\":1,\"Maximum"
                + "Units\":2,\"AutoScalingDisabled\":false,\"AutoScalingRoleArn\":\"arn:r"
                + "\",\"ScalingPolicyUpdate\":{\"PolicyName\":\"p\",\"TargetTrackingScaling"
                + "PolicyConfiguration\":{\"DisableScaleIn\":true,\"ScaleInCooldown\":3,"
                + "\"ScaleOutCooldown\":4,\"TargetValue\":70.5}}},\"ReplicaGlobalSeconda"
                + "ryIndexSettingsUpdate\":[{\"IndexName\":\"g\",\"ProvisionedReadCapacit"
                + "yUnits\":13,\"ProvisionedReadCapacityAutoScalingSettingsUpdate\":{\""
                + "MinimumUnits\":1,\"MaximumUnits\":2,\"AutoScalingDisabled\":false,\"Au"
                + "toScalingRoleArn\":\"arn:r\",\"ScalingPolicyUpdate\":{\"PolicyName\":\"p"
                + "\",\"TargetTrackingScalingPolicyConfiguration\":{\"DisableScaleIn\":t"
                + "rue,\"ScaleInCooldown\":3,\"ScaleOutCooldown\":4,\"TargetValue\":70.5}"
                + "}}}],\"ReplicaTableClass\":\"STANDARD_INFREQUENT_ACCESS\"}]}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.UpdateGlobalTableSettings");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new UpdateGlobalTableSettings("Tbl")
                .globalTableBillingModePayPerRequest()
                .globalTableGlobalSecondaryIndexSettingsUpdate(List.of(GlobalTableGlobalSecondaryIndexSettingsUpdate.of("g")))
                .replicaSettingsUpdate(Stream.of(ReplicaSettingsUpdate.of("r"))));

        assertThat(transport.lastBody()).isEqualTo("{\"GlobalTableName\":\"Tbl\",\"GlobalTableBillingMode\":\"PAY_PER_REQUEST"
                + "\",\"GlobalTableGlobalSecondaryIndexSettingsUpdate\":[{\"IndexName\":"
                + "\"g\"}],\"ReplicaSettingsUpdate\":[{\"RegionName\":\"r\"}]}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.UpdateGlobalTableSettings");
    }

    @Test
    void aMissingNameFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new UpdateGlobalTableSettings()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("UpdateGlobalTableSettings needs GlobalTableName, which is not set. Set it with new UpdateGlobalTableSettings(globalTableName) or .globalTableName(...)");
        assertThat(transport.requests()).isEmpty();
    }

    /**
     * Reads a response with every member of the API model's output shape, recursively, plus an unknown
     * member, and checks every getter.
     */
    @Test
    void readsEveryResponseMember() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("UpdateGlobalTableSettingsResponse-every-member.json")) {
            transport.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        UpdateGlobalTableSettingsResponse response = connection.request(new UpdateGlobalTableSettings("Tbl").globalTableBillingModePayPerRequest().globalTableGlobalSecondaryIndexSettingsUpdate(List.of(GlobalTableGlobalSecondaryIndexSettingsUpdate.of("g"))).replicaSettingsUpdate(Stream.of(ReplicaSettingsUpdate.of("r"))));

        DescribeGlobalTableSettingsTest.assertEveryMember(response);
        assertThat(response.toString()).startsWith("UpdateGlobalTableSettingsResponse{");
    }

    @Test
    void autoScalingSettingsAreValues() {
        assertThat(SETTINGS).isEqualTo(SETTINGS_AGAIN).hasSameHashCodeAs(SETTINGS_AGAIN)
                .isNotEqualTo(AutoScalingSettingsUpdate.create());
        assertThat(SETTINGS.minimumUnits()).isEqualTo(1L);
        assertThat(SETTINGS.scalingPolicyUpdate().targetTrackingScalingPolicyConfiguration().targetValue())
                .isEqualByComparingTo("70.5");
        assertThat(AutoScalingSettingsUpdate.create()).hasToString("AutoScalingSettingsUpdate{}");
    }
}
