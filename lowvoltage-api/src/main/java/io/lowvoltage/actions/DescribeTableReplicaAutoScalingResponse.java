package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link DescribeTableReplicaAutoScaling} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeTableReplicaAutoScaling.html#API_DescribeTableReplicaAutoScaling_ResponseSyntax">DescribeTableReplicaAutoScaling response</a>.
 * Immutable.
 */
public final class DescribeTableReplicaAutoScalingResponse extends TableAutoScalingResponse {
    private DescribeTableReplicaAutoScalingResponse(JsonParser parser) {
        super(parser);
    }

    static DescribeTableReplicaAutoScalingResponse read(JsonParser parser) {
        return new DescribeTableReplicaAutoScalingResponse(parser);
    }
}
