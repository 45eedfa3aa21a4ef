package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * The one response member that {@link DescribeTableReplicaAutoScalingResponse} and {@link
 * UpdateTableReplicaAutoScalingResponse} have: the auto scaling settings of the table's replicas. Immutable.
 */
abstract class TableAutoScalingResponse {
    private final TableAutoScalingDescription tableAutoScalingDescription;

    /** Reads the response body in one pass. */
    TableAutoScalingResponse(JsonParser parser) {
        TableAutoScalingDescription tableAutoScalingDescription = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            if (member.equals("TableAutoScalingDescription")) {
                tableAutoScalingDescription = TableAutoScalingDescription.read(parser);
            } else {
                parser.skipChildren();
            }
        }
        this.tableAutoScalingDescription = tableAutoScalingDescription;
    }

    /**
     * @return the auto scaling settings of the table's replicas (API member {@code TableAutoScalingDescription}), or
     *         {@code null} if DynamoDB left it out
     */
    public TableAutoScalingDescription tableAutoScalingDescription() {
        return tableAutoScalingDescription;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{" + tableAutoScalingDescription + "}";
    }
}
