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

class DescribeTableReplicaAutoScalingTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesTheTableName() {
        transport.ok("{}");
        connection.request(new DescribeTableReplicaAutoScaling("Tbl"));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.DescribeTableReplicaAutoScaling");
    }

    @Test
    void aMissingTableNameFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new DescribeTableReplicaAutoScaling()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("DescribeTableReplicaAutoScaling needs TableName, which is not set. Set it with new DescribeTableReplicaAutoScaling(tableName) or .tableName(...)");
        assertThat(transport.requests()).isEmpty();
    }

    /**
     * Reads a response with every member of the API model's output shape, recursively, plus an unknown
     * member, and checks every getter.
     */
    @Test
    void readsEveryResponseMember() throws IOException {
        try (
                InputStream in = getClass().getResourceAsStream("DescribeTableReplicaAutoScalingResponse-every-member.json")) {
            transport.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        DescribeTableReplicaAutoScalingResponse response = connection.request(new DescribeTableReplicaAutoScaling("Tbl"));

        assertEveryMember(response.tableAutoScalingDescription());
        assertThat(response.toString()).startsWith("DescribeTableReplicaAutoScalingResponse{");
    }

    /** Asserts every getter of a TableAutoScalingDescription read from the every-member fixture; shared with UpdateTableReplicaAutoScalingTest. */
    static void assertEveryMember(TableAutoScalingDescription description) {
        assertThat(description.tableName()).isEqualTo("TableName-1");
        assertThat(description.tableStatus()).isEqualTo(TableStatus.DELETING);
        assertThat(description.replicas()).hasSize(1);
        assertThat(description.replicas().get(0).regionName()).isEqualTo("RegionName-3");
        assertThat(description.replicas().get(0).globalSecondaryIndexes()).hasSize(1);
        assertThat(description.replicas().get(0).globalSecondaryIndexes().get(0).indexName()).isEqualTo("IndexName-4");
        assertThat(description.replicas().get(0).globalSecondaryIndexes().get(0).indexStatus()).isEqualTo(IndexStatus.UPDATING);
        assertThat(description.replicas().get(0).globalSecondaryIndexes().get(0).provisionedReadCapacityAutoScalingSettings().minimumUnits()).isEqualTo(6L);
        assertThat(description.replicas().get(0).globalSecondaryIndexes().get(0).provisionedReadCapacityAutoScalingSettings().maximumUnits()).isEqualTo(7L);
        assertThat(description.replicas().get(0).globalSecondaryIndexes().get(0).provisionedReadCapacityAutoScalingSettings().autoScalingDisabled()).isTrue();
        assertThat(description.replicas().get(0).globalSecondaryIndexes().get(0).provisionedReadCapacityAutoScalingSettings().autoScalingRoleArn()).isEqualTo("AutoScalingRoleArn-9");
        assertThat(description.replicas().get(0).globalSecondaryIndexes().get(0).provisionedReadCapacityAutoScalingSettings().scalingPolicies()).hasSize(1);
        assertThat(description.replicas().get(0).globalSecondaryIndexes().get(0).provisionedReadCapacityAutoScalingSettings().scalingPolicies().get(0).policyName()).isEqualTo("PolicyName-10");
        assertThat(description.replicas().get(0).globalSecondaryIndexes().get(0).provisionedReadCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().disableScaleIn()).isTrue();
        assertThat(description.replicas().get(0).globalSecondaryIndexes().get(0).provisionedReadCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().scaleInCooldown()).isEqualTo(12);
        assertThat(description.replicas().get(0).globalSecondaryIndexes().get(0).provisionedReadCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().scaleOutCooldown()).isEqualTo(13);
        assertThat(description.replicas().get(0).globalSecondaryIndexes().get(0).provisionedReadCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().targetValue()).isEqualByComparingTo("14.5");
        assertThat(description.replicas().get(0).globalSecondaryIndexes().get(0).provisionedWriteCapacityAutoScalingSettings().minimumUnits()).isEqualTo(15L);
        assertThat(description.replicas().get(0).globalSecondaryIndexes().get(0).provisionedWriteCapacityAutoScalingSettings().maximumUnits()).isEqualTo(16L);
        assertThat(description.replicas().get(0).globalSecondaryIndexes().get(0).provisionedWriteCapacityAutoScalingSettings().autoScalingDisabled()).isTrue();
        assertThat(description.replicas().get(0).globalSecondaryIndexes().get(0).provisionedWriteCapacityAutoScalingSettings().autoScalingRoleArn()).isEqualTo("AutoScalingRoleArn-18");
        assertThat(description.replicas().get(0).globalSecondaryIndexes().get(0).provisionedWriteCapacityAutoScalingSettings().scalingPolicies()).hasSize(1);
        assertThat(description.replicas().get(0).globalSecondaryIndexes().get(0).provisionedWriteCapacityAutoScalingSettings().scalingPolicies().get(0).policyName()).isEqualTo("PolicyName-19");
        assertThat(description.replicas().get(0).globalSecondaryIndexes().get(0).provisionedWriteCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().disableScaleIn()).isTrue();
        assertThat(description.replicas().get(0).globalSecondaryIndexes().get(0).provisionedWriteCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().scaleInCooldown()).isEqualTo(21);
        assertThat(description.replicas().get(0).globalSecondaryIndexes().get(0).provisionedWriteCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().scaleOutCooldown()).isEqualTo(22);
        assertThat(description.replicas().get(0).globalSecondaryIndexes().get(0).provisionedWriteCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().targetValue()).isEqualByComparingTo("23.5");
        assertThat(description.replicas().get(0).replicaProvisionedReadCapacityAutoScalingSettings().minimumUnits()).isEqualTo(24L);
        assertThat(description.replicas().get(0).replicaProvisionedReadCapacityAutoScalingSettings().maximumUnits()).isEqualTo(25L);
        assertThat(description.replicas().get(0).replicaProvisionedReadCapacityAutoScalingSettings().autoScalingDisabled()).isTrue();
        assertThat(description.replicas().get(0).replicaProvisionedReadCapacityAutoScalingSettings().autoScalingRoleArn()).isEqualTo("AutoScalingRoleArn-27");
        assertThat(description.replicas().get(0).replicaProvisionedReadCapacityAutoScalingSettings().scalingPolicies()).hasSize(1);
        assertThat(description.replicas().get(0).replicaProvisionedReadCapacityAutoScalingSettings().scalingPolicies().get(0).policyName()).isEqualTo("PolicyName-28");
        assertThat(description.replicas().get(0).replicaProvisionedReadCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().disableScaleIn()).isTrue();
        assertThat(description.replicas().get(0).replicaProvisionedReadCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().scaleInCooldown()).isEqualTo(30);
        assertThat(description.replicas().get(0).replicaProvisionedReadCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().scaleOutCooldown()).isEqualTo(31);
        assertThat(description.replicas().get(0).replicaProvisionedReadCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().targetValue()).isEqualByComparingTo("32.5");
        assertThat(description.replicas().get(0).replicaProvisionedWriteCapacityAutoScalingSettings().minimumUnits()).isEqualTo(33L);
        assertThat(description.replicas().get(0).replicaProvisionedWriteCapacityAutoScalingSettings().maximumUnits()).isEqualTo(34L);
        assertThat(description.replicas().get(0).replicaProvisionedWriteCapacityAutoScalingSettings().autoScalingDisabled()).isTrue();
        assertThat(description.replicas().get(0).replicaProvisionedWriteCapacityAutoScalingSettings().autoScalingRoleArn()).isEqualTo("AutoScalingRoleArn-36");
        assertThat(description.replicas().get(0).replicaProvisionedWriteCapacityAutoScalingSettings().scalingPolicies()).hasSize(1);
        assertThat(description.replicas().get(0).replicaProvisionedWriteCapacityAutoScalingSettings().scalingPolicies().get(0).policyName()).isEqualTo("PolicyName-37");
        assertThat(description.replicas().get(0).replicaProvisionedWriteCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().disableScaleIn()).isTrue();
        assertThat(description.replicas().get(0).replicaProvisionedWriteCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().scaleInCooldown()).isEqualTo(39);
        assertThat(description.replicas().get(0).replicaProvisionedWriteCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().scaleOutCooldown()).isEqualTo(40);
        assertThat(description.replicas().get(0).replicaProvisionedWriteCapacityAutoScalingSettings().scalingPolicies().get(0).targetTrackingScalingPolicyConfiguration().targetValue()).isEqualByComparingTo("41.5");
        assertThat(description.replicas().get(0).replicaStatus()).isEqualTo(ReplicaStatus.UPDATING);
    }
}
