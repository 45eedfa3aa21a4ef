package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * The auto scaling settings of one replica: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ReplicaAutoScalingDescription.html">ReplicaAutoScalingDescription</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class ReplicaAutoScalingDescription {
    private final String regionName;
    private final List<ReplicaGlobalSecondaryIndexAutoScalingDescription> globalSecondaryIndexes;
    private final AutoScalingSettingsDescription replicaProvisionedReadCapacityAutoScalingSettings;
    private final AutoScalingSettingsDescription replicaProvisionedWriteCapacityAutoScalingSettings;
    private final ReplicaStatus replicaStatus;

    private ReplicaAutoScalingDescription(String regionName,
            List<ReplicaGlobalSecondaryIndexAutoScalingDescription> globalSecondaryIndexes,
            AutoScalingSettingsDescription replicaProvisionedReadCapacityAutoScalingSettings,
            AutoScalingSettingsDescription replicaProvisionedWriteCapacityAutoScalingSettings,
            ReplicaStatus replicaStatus) {
        this.regionName = regionName;
        this.globalSecondaryIndexes = globalSecondaryIndexes;
        this.replicaProvisionedReadCapacityAutoScalingSettings = replicaProvisionedReadCapacityAutoScalingSettings;
        this.replicaProvisionedWriteCapacityAutoScalingSettings = replicaProvisionedWriteCapacityAutoScalingSettings;
        this.replicaStatus = replicaStatus;
    }

    static ReplicaAutoScalingDescription read(JsonParser parser) {
        String regionName = null;
        List<ReplicaGlobalSecondaryIndexAutoScalingDescription> globalSecondaryIndexes = List.of();
        AutoScalingSettingsDescription replicaProvisionedReadCapacityAutoScalingSettings = null;
        AutoScalingSettingsDescription replicaProvisionedWriteCapacityAutoScalingSettings = null;
        ReplicaStatus replicaStatus = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "RegionName" -> regionName = JsonReads.string(parser);
                case "GlobalSecondaryIndexes" -> globalSecondaryIndexes = JsonReads.list(parser,
                        ReplicaGlobalSecondaryIndexAutoScalingDescription::read);
                case "ReplicaProvisionedReadCapacityAutoScalingSettings" -> replicaProvisionedReadCapacityAutoScalingSettings = AutoScalingSettingsDescription.read(parser);
                case "ReplicaProvisionedWriteCapacityAutoScalingSettings" -> replicaProvisionedWriteCapacityAutoScalingSettings = AutoScalingSettingsDescription.read(parser);
                case "ReplicaStatus" -> replicaStatus = Enums.read(parser, ReplicaStatus.class);
                default -> parser.skipChildren();
            }
        }
        return new ReplicaAutoScalingDescription(regionName, globalSecondaryIndexes,
                replicaProvisionedReadCapacityAutoScalingSettings,
                replicaProvisionedWriteCapacityAutoScalingSettings, replicaStatus);
    }

    /** @return the Region where the replica exists (API member {@code RegionName}), or {@code null} */
    public String regionName() {
        return regionName;
    }

    /**
     * @return replica-specific global secondary index auto scaling settings (API member {@code GlobalSecondaryIndexes})
     */
    public List<ReplicaGlobalSecondaryIndexAutoScalingDescription> globalSecondaryIndexes() {
        return globalSecondaryIndexes;
    }

    /**
     * @return the replica provisioned read capacity auto scaling settings (API member
     *         {@code ReplicaProvisionedReadCapacityAutoScalingSettings}), or {@code null}
     */
    public AutoScalingSettingsDescription replicaProvisionedReadCapacityAutoScalingSettings() {
        return replicaProvisionedReadCapacityAutoScalingSettings;
    }

    /**
     * @return the replica provisioned write capacity auto scaling settings (API member
     *         {@code ReplicaProvisionedWriteCapacityAutoScalingSettings}), or {@code null}
     */
    public AutoScalingSettingsDescription replicaProvisionedWriteCapacityAutoScalingSettings() {
        return replicaProvisionedWriteCapacityAutoScalingSettings;
    }

    /** @return the replica status (API member {@code ReplicaStatus}), or {@code null} */
    public ReplicaStatus replicaStatus() {
        return replicaStatus;
    }

    @Override
    public String toString() {
        return Shapes.toString("ReplicaAutoScalingDescription", "regionName", regionName, "globalSecondaryIndexes",
                globalSecondaryIndexes, "replicaProvisionedReadCapacityAutoScalingSettings",
                replicaProvisionedReadCapacityAutoScalingSettings,
                "replicaProvisionedWriteCapacityAutoScalingSettings",
                replicaProvisionedWriteCapacityAutoScalingSettings, "replicaStatus", replicaStatus);
    }
}
