package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * The auto scaling settings of a global secondary index of a replica: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ReplicaGlobalSecondaryIndexAutoScalingDescription.html">ReplicaGlobalSecondaryIndexAutoScalingDescription</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class ReplicaGlobalSecondaryIndexAutoScalingDescription {
    private final String indexName;
    private final IndexStatus indexStatus;
    private final AutoScalingSettingsDescription provisionedReadCapacityAutoScalingSettings;
    private final AutoScalingSettingsDescription provisionedWriteCapacityAutoScalingSettings;

    private ReplicaGlobalSecondaryIndexAutoScalingDescription(String indexName, IndexStatus indexStatus,
            AutoScalingSettingsDescription provisionedReadCapacityAutoScalingSettings,
            AutoScalingSettingsDescription provisionedWriteCapacityAutoScalingSettings) {
        this.indexName = indexName;
        this.indexStatus = indexStatus;
        this.provisionedReadCapacityAutoScalingSettings = provisionedReadCapacityAutoScalingSettings;
        this.provisionedWriteCapacityAutoScalingSettings = provisionedWriteCapacityAutoScalingSettings;
    }

    static ReplicaGlobalSecondaryIndexAutoScalingDescription read(JsonParser parser) {
        String indexName = null;
        IndexStatus indexStatus = null;
        AutoScalingSettingsDescription provisionedReadCapacityAutoScalingSettings = null;
        AutoScalingSettingsDescription provisionedWriteCapacityAutoScalingSettings = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "IndexName" -> indexName = JsonReads.string(parser);
                case "IndexStatus" -> indexStatus = Enums.read(parser, IndexStatus.class);
                case "ProvisionedReadCapacityAutoScalingSettings" -> provisionedReadCapacityAutoScalingSettings = AutoScalingSettingsDescription.read(parser);
                case "ProvisionedWriteCapacityAutoScalingSettings" -> provisionedWriteCapacityAutoScalingSettings = AutoScalingSettingsDescription.read(parser);
                default -> parser.skipChildren();
            }
        }
        return new ReplicaGlobalSecondaryIndexAutoScalingDescription(indexName, indexStatus,
                provisionedReadCapacityAutoScalingSettings, provisionedWriteCapacityAutoScalingSettings);
    }

    /** @return the name of the global secondary index (API member {@code IndexName}), or {@code null} */
    public String indexName() {
        return indexName;
    }

    /** @return the index status (API member {@code IndexStatus}), or {@code null} */
    public IndexStatus indexStatus() {
        return indexStatus;
    }

    /**
     * @return the provisioned read capacity auto scaling settings (API member
     *         {@code ProvisionedReadCapacityAutoScalingSettings}), or {@code null}
     */
    public AutoScalingSettingsDescription provisionedReadCapacityAutoScalingSettings() {
        return provisionedReadCapacityAutoScalingSettings;
    }

    /**
     * @return the provisioned write capacity auto scaling settings (API member
     *         {@code ProvisionedWriteCapacityAutoScalingSettings}), or {@code null}
     */
    public AutoScalingSettingsDescription provisionedWriteCapacityAutoScalingSettings() {
        return provisionedWriteCapacityAutoScalingSettings;
    }

    @Override
    public String toString() {
        return Shapes.toString("ReplicaGlobalSecondaryIndexAutoScalingDescription", "indexName", indexName,
                "indexStatus", indexStatus, "provisionedReadCapacityAutoScalingSettings",
                provisionedReadCapacityAutoScalingSettings, "provisionedWriteCapacityAutoScalingSettings",
                provisionedWriteCapacityAutoScalingSettings);
    }
}
