package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * The capacity settings of a global secondary index of a replica: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ReplicaGlobalSecondaryIndexSettingsDescription.html">ReplicaGlobalSecondaryIndexSettingsDescription</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class ReplicaGlobalSecondaryIndexSettingsDescription {
    private final String indexName;
    private final IndexStatus indexStatus;
    private final Long provisionedReadCapacityUnits;
    private final AutoScalingSettingsDescription provisionedReadCapacityAutoScalingSettings;
    private final Long provisionedWriteCapacityUnits;
    private final AutoScalingSettingsDescription provisionedWriteCapacityAutoScalingSettings;

    private ReplicaGlobalSecondaryIndexSettingsDescription(String indexName, IndexStatus indexStatus,
            Long provisionedReadCapacityUnits,
            AutoScalingSettingsDescription provisionedReadCapacityAutoScalingSettings,
            Long provisionedWriteCapacityUnits,
            AutoScalingSettingsDescription provisionedWriteCapacityAutoScalingSettings) {
        this.indexName = indexName;
        this.indexStatus = indexStatus;
        this.provisionedReadCapacityUnits = provisionedReadCapacityUnits;
        this.provisionedReadCapacityAutoScalingSettings = provisionedReadCapacityAutoScalingSettings;
        this.provisionedWriteCapacityUnits = provisionedWriteCapacityUnits;
        this.provisionedWriteCapacityAutoScalingSettings = provisionedWriteCapacityAutoScalingSettings;
    }

    static ReplicaGlobalSecondaryIndexSettingsDescription read(JsonParser parser) {
        String indexName = null;
        IndexStatus indexStatus = null;
        Long provisionedReadCapacityUnits = null;
        AutoScalingSettingsDescription provisionedReadCapacityAutoScalingSettings = null;
        Long provisionedWriteCapacityUnits = null;
        AutoScalingSettingsDescription provisionedWriteCapacityAutoScalingSettings = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "IndexName" -> indexName = JsonReads.string(parser);
                case "IndexStatus" -> indexStatus = Enums.read(parser, IndexStatus.class);
                case "ProvisionedReadCapacityUnits" -> provisionedReadCapacityUnits = JsonReads.longValue(parser);
                case "ProvisionedReadCapacityAutoScalingSettings" -> provisionedReadCapacityAutoScalingSettings = AutoScalingSettingsDescription.read(parser);
                case "ProvisionedWriteCapacityUnits" -> provisionedWriteCapacityUnits = JsonReads.longValue(parser);
                case "ProvisionedWriteCapacityAutoScalingSettings" -> provisionedWriteCapacityAutoScalingSettings = AutoScalingSettingsDescription.read(parser);
                default -> parser.skipChildren();
            }
        }
        return new ReplicaGlobalSecondaryIndexSettingsDescription(indexName, indexStatus,
                provisionedReadCapacityUnits, provisionedReadCapacityAutoScalingSettings,
                provisionedWriteCapacityUnits, provisionedWriteCapacityAutoScalingSettings);
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
     * @return the provisioned read capacity units (API member {@code ProvisionedReadCapacityUnits}), or {@code null}
     */
    public Long provisionedReadCapacityUnits() {
        return provisionedReadCapacityUnits;
    }

    /**
     * @return auto scaling settings for a global secondary index replica's read capacity units (API member
     *         {@code ProvisionedReadCapacityAutoScalingSettings}), or {@code null}
     */
    public AutoScalingSettingsDescription provisionedReadCapacityAutoScalingSettings() {
        return provisionedReadCapacityAutoScalingSettings;
    }

    /**
     * @return the maximum number of writes consumed per second before DynamoDB returns a ThrottlingException (API
     *         member {@code ProvisionedWriteCapacityUnits}), or {@code null}
     */
    public Long provisionedWriteCapacityUnits() {
        return provisionedWriteCapacityUnits;
    }

    /**
     * @return auto scaling settings for a global secondary index replica's write capacity units (API member
     *         {@code ProvisionedWriteCapacityAutoScalingSettings}), or {@code null}
     */
    public AutoScalingSettingsDescription provisionedWriteCapacityAutoScalingSettings() {
        return provisionedWriteCapacityAutoScalingSettings;
    }

    @Override
    public String toString() {
        return Shapes.toString("ReplicaGlobalSecondaryIndexSettingsDescription", "indexName", indexName,
                "indexStatus", indexStatus, "provisionedReadCapacityUnits", provisionedReadCapacityUnits,
                "provisionedReadCapacityAutoScalingSettings", provisionedReadCapacityAutoScalingSettings,
                "provisionedWriteCapacityUnits", provisionedWriteCapacityUnits,
                "provisionedWriteCapacityAutoScalingSettings", provisionedWriteCapacityAutoScalingSettings);
    }
}
