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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class UpdateGlobalTableSettingsTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    private static final AutoScalingSettingsUpdate SETTINGS = settings();
    private static final AutoScalingSettingsUpdate SETTINGS_AGAIN = settings();

    private static AutoScalingSettingsUpdate settings() {
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

        assertThat(response.globalTableName()).isEqualTo("GlobalTableName-1");
        assertThat(response.replicaSettings()).hasSize(1);
        assertThat(response.replicaSettings().get(0).regionName()).isEqualTo("RegionName-2");
        assertThat(response.replicaSettings().get(0).replicaStatus()).isEqualTo(ReplicaStatus.DELETING);
        assertThat(response.replicaSettings().get(0).replicaBillingModeSummary().billingMode()).isEqualTo(BillingMode.PROVISIONED);
        assertThat(response.replicaSettings().get(0).replicaBillingModeSummary().lastUpdateToPayPerRequestDateTime()).isEqualTo(Instant.ofEpochSecond(1700000005, 125_000_000));
        assertThat(response.replicaSettings().get(0).replicaProvisionedReadCapacityUnits()).isEqualTo(6L);
        assertThat(response.replicaSettings().get(0).replicaProvisionedReadCapacityAutoScalingSettings().minimumUnits()).isEqualTo(7L);
        assertThat(response.replicaSettings().get(0).replicaProvisionedReadCapacityAutoScalingSettings().maximumUnits()).isEqualTo(8L);
        assertThat(response.replicaSettings().get(0).replicaProvisionedReadCapacityAutoScalingSettings().autoScalingDisabled()).isTrue();
        assertThat(response.replicaSettings().get(0).replicaProvisionedReadCapacityAutoScalingSettings().autoScalingRoleArn()).isEqualTo("AutoScalingRoleArn-10");
        assertThat(response.replicaSettings().get(0).replicaProvisionedReadCapacityAutoScalingSettings().scalingPolicies()).hasSize(1);
        assertThat(response.replicaSettings().get(0).replicaProvisionedReadCapacityAutoScalingSettings().scalingPolicies().get(0).policyName()).isEqualTo("PolicyName-11");
        assertThat(response.replicaSettings().get(0).replicaProvisionedReadCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().disableScaleIn()).isTrue();
        assertThat(response.replicaSettings().get(0).replicaProvisionedReadCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().scaleInCooldown()).isEqualTo(13);
        assertThat(response.replicaSettings().get(0).replicaProvisionedReadCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().scaleOutCooldown()).isEqualTo(14);
        assertThat(response.replicaSettings().get(0).replicaProvisionedReadCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().targetValue()).isEqualByComparingTo("15.5");
        assertThat(response.replicaSettings().get(0).replicaProvisionedWriteCapacityUnits()).isEqualTo(16L);
        assertThat(response.replicaSettings().get(0).replicaProvisionedWriteCapacityAutoScalingSettings().minimumUnits()).isEqualTo(17L);
        assertThat(response.replicaSettings().get(0).replicaProvisionedWriteCapacityAutoScalingSettings().maximumUnits()).isEqualTo(18L);
        assertThat(response.replicaSettings().get(0).replicaProvisionedWriteCapacityAutoScalingSettings().autoScalingDisabled()).isTrue();
        assertThat(response.replicaSettings().get(0).replicaProvisionedWriteCapacityAutoScalingSettings().autoScalingRoleArn()).isEqualTo("AutoScalingRoleArn-20");
        assertThat(response.replicaSettings().get(0).replicaProvisionedWriteCapacityAutoScalingSettings().scalingPolicies()).hasSize(1);
        assertThat(response.replicaSettings().get(0).replicaProvisionedWriteCapacityAutoScalingSettings().scalingPolicies().get(0).policyName()).isEqualTo("PolicyName-21");
        assertThat(response.replicaSettings().get(0).replicaProvisionedWriteCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().disableScaleIn()).isTrue();
        assertThat(response.replicaSettings().get(0).replicaProvisionedWriteCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().scaleInCooldown()).isEqualTo(23);
        assertThat(response.replicaSettings().get(0).replicaProvisionedWriteCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().scaleOutCooldown()).isEqualTo(24);
        assertThat(response.replicaSettings().get(0).replicaProvisionedWriteCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().targetValue()).isEqualByComparingTo("25.5");
        assertThat(response.replicaSettings().get(0).replicaGlobalSecondaryIndexSettings()).hasSize(1);
        assertThat(response.replicaSettings().get(0).replicaGlobalSecondaryIndexSettings().get(0).indexName()).isEqualTo("IndexName-26");
        assertThat(response.replicaSettings().get(0).replicaGlobalSecondaryIndexSettings().get(0).indexStatus()).isEqualTo(IndexStatus.ACTIVE);
        assertThat(response.replicaSettings().get(0).replicaGlobalSecondaryIndexSettings().get(0).provisionedReadCapacityUnits()).isEqualTo(28L);
        assertThat(response.replicaSettings().get(0).replicaGlobalSecondaryIndexSettings().get(0).provisionedReadCapacityAutoScalingSettings().minimumUnits()).isEqualTo(29L);
        assertThat(response.replicaSettings().get(0).replicaGlobalSecondaryIndexSettings().get(0).provisionedReadCapacityAutoScalingSettings().maximumUnits()).isEqualTo(30L);
        assertThat(response.replicaSettings().get(0).replicaGlobalSecondaryIndexSettings().get(0).provisionedReadCapacityAutoScalingSettings().autoScalingDisabled()).isTrue();
        assertThat(response.replicaSettings().get(0).replicaGlobalSecondaryIndexSettings().get(0).provisionedReadCapacityAutoScalingSettings().autoScalingRoleArn()).isEqualTo("AutoScalingRoleArn-32");
        assertThat(response.replicaSettings().get(0).replicaGlobalSecondaryIndexSettings().get(0).provisionedReadCapacityAutoScalingSettings().scalingPolicies()).hasSize(1);
        assertThat(response.replicaSettings().get(0).replicaGlobalSecondaryIndexSettings().get(0).provisionedReadCapacityAutoScalingSettings().scalingPolicies().get(0).policyName()).isEqualTo("PolicyName-33");
        assertThat(response.replicaSettings().get(0).replicaGlobalSecondaryIndexSettings().get(0).provisionedReadCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().disableScaleIn()).isTrue();
        assertThat(response.replicaSettings().get(0).replicaGlobalSecondaryIndexSettings().get(0).provisionedReadCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().scaleInCooldown()).isEqualTo(35);
        assertThat(response.replicaSettings().get(0).replicaGlobalSecondaryIndexSettings().get(0).provisionedReadCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().scaleOutCooldown()).isEqualTo(36);
        assertThat(response.replicaSettings().get(0).replicaGlobalSecondaryIndexSettings().get(0).provisionedReadCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().targetValue()).isEqualByComparingTo("37.5");
        assertThat(response.replicaSettings().get(0).replicaGlobalSecondaryIndexSettings().get(0).provisionedWriteCapacityUnits()).isEqualTo(38L);
        assertThat(response.replicaSettings().get(0).replicaGlobalSecondaryIndexSettings().get(0).provisionedWriteCapacityAutoScalingSettings().minimumUnits()).isEqualTo(39L);
        assertThat(response.replicaSettings().get(0).replicaGlobalSecondaryIndexSettings().get(0).provisionedWriteCapacityAutoScalingSettings().maximumUnits()).isEqualTo(40L);
        assertThat(response.replicaSettings().get(0).replicaGlobalSecondaryIndexSettings().get(0).provisionedWriteCapacityAutoScalingSettings().autoScalingDisabled()).isTrue();
        assertThat(response.replicaSettings().get(0).replicaGlobalSecondaryIndexSettings().get(0).provisionedWriteCapacityAutoScalingSettings().autoScalingRoleArn()).isEqualTo("AutoScalingRoleArn-42");
        assertThat(response.replicaSettings().get(0).replicaGlobalSecondaryIndexSettings().get(0).provisionedWriteCapacityAutoScalingSettings().scalingPolicies()).hasSize(1);
        assertThat(response.replicaSettings().get(0).replicaGlobalSecondaryIndexSettings().get(0).provisionedWriteCapacityAutoScalingSettings().scalingPolicies().get(0).policyName()).isEqualTo("PolicyName-43");
        assertThat(response.replicaSettings().get(0).replicaGlobalSecondaryIndexSettings().get(0).provisionedWriteCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().disableScaleIn()).isTrue();
        assertThat(response.replicaSettings().get(0).replicaGlobalSecondaryIndexSettings().get(0).provisionedWriteCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().scaleInCooldown()).isEqualTo(45);
        assertThat(response.replicaSettings().get(0).replicaGlobalSecondaryIndexSettings().get(0).provisionedWriteCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().scaleOutCooldown()).isEqualTo(46);
        assertThat(response.replicaSettings().get(0).replicaGlobalSecondaryIndexSettings().get(0).provisionedWriteCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().targetValue()).isEqualByComparingTo("47.5");
        assertThat(response.replicaSettings().get(0).replicaTableClassSummary().tableClass()).isEqualTo(TableClass.STANDARD);
        assertThat(response.replicaSettings().get(0).replicaTableClassSummary().lastUpdateDateTime()).isEqualTo(Instant.ofEpochSecond(1700000049, 125_000_000));
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
