package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link UpdateTableReplicaAutoScaling} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTableReplicaAutoScaling.html#API_UpdateTableReplicaAutoScaling_ResponseSyntax">UpdateTableReplicaAutoScaling response</a>.
 * Immutable.
 */
public final class UpdateTableReplicaAutoScalingResponse extends TableAutoScalingResponse {
    private UpdateTableReplicaAutoScalingResponse(JsonParser parser) {
        super(parser);
    }

    static UpdateTableReplicaAutoScalingResponse read(JsonParser parser) {
        return new UpdateTableReplicaAutoScalingResponse(parser);
    }
}
