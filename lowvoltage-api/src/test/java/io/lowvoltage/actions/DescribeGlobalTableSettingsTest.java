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

class DescribeGlobalTableSettingsTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesTheGlobalTableName() {
        transport.ok("{}");
        connection.request(new DescribeGlobalTableSettings().globalTableName("Tbl"));

        assertThat(transport.lastBody()).isEqualTo("{\"GlobalTableName\":\"Tbl\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.DescribeGlobalTableSettings");
    }

    @Test
    void aMissingNameFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new DescribeGlobalTableSettings()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("DescribeGlobalTableSettings needs GlobalTableName, which is not set. Set it with new DescribeGlobalTableSettings(globalTableName) or .globalTableName(...)");
        assertThat(transport.requests()).isEmpty();
    }

    /**
     * Reads a response with every member of the API model's output shape, recursively, plus an unknown
     * member, and checks every getter.
     */
    @Test
    void readsEveryResponseMember() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("DescribeGlobalTableSettingsResponse-every-member.json")) {
            transport.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        DescribeGlobalTableSettingsResponse response = connection.request(new DescribeGlobalTableSettings().globalTableName("Tbl"));

        assertEveryMember(response);
        assertThat(response.toString()).startsWith("DescribeGlobalTableSettingsResponse{");
    }

    /** Asserts every getter of a global table settings response read from the every-member fixture; shared with UpdateGlobalTableSettingsTest. */
    static void assertEveryMember(GlobalTableSettingsResponse response) {
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
    }
}
