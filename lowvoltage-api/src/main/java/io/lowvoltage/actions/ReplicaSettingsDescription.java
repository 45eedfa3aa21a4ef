package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * The capacity settings of one replica of a global table: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ReplicaSettingsDescription.html">ReplicaSettingsDescription</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class ReplicaSettingsDescription {
    private final String regionName;
    private final ReplicaStatus replicaStatus;
    private final BillingModeSummary replicaBillingModeSummary;
    private final Long replicaProvisionedReadCapacityUnits;
    private final AutoScalingSettingsDescription replicaProvisionedReadCapacityAutoScalingSettings;
    private final Long replicaProvisionedWriteCapacityUnits;
    private final AutoScalingSettingsDescription replicaProvisionedWriteCapacityAutoScalingSettings;
    private final List<ReplicaGlobalSecondaryIndexSettingsDescription> replicaGlobalSecondaryIndexSettings;
    private final TableClassSummary replicaTableClassSummary;

    private ReplicaSettingsDescription(String regionName, ReplicaStatus replicaStatus,
            BillingModeSummary replicaBillingModeSummary, Long replicaProvisionedReadCapacityUnits,
            AutoScalingSettingsDescription replicaProvisionedReadCapacityAutoScalingSettings,
            Long replicaProvisionedWriteCapacityUnits,
            AutoScalingSettingsDescription replicaProvisionedWriteCapacityAutoScalingSettings,
            List<ReplicaGlobalSecondaryIndexSettingsDescription> replicaGlobalSecondaryIndexSettings,
            TableClassSummary replicaTableClassSummary) {
        this.regionName = regionName;
        this.replicaStatus = replicaStatus;
        this.replicaBillingModeSummary = replicaBillingModeSummary;
        this.replicaProvisionedReadCapacityUnits = replicaProvisionedReadCapacityUnits;
        this.replicaProvisionedReadCapacityAutoScalingSettings = replicaProvisionedReadCapacityAutoScalingSettings;
        this.replicaProvisionedWriteCapacityUnits = replicaProvisionedWriteCapacityUnits;
        this.replicaProvisionedWriteCapacityAutoScalingSettings = replicaProvisionedWriteCapacityAutoScalingSettings;
        this.replicaGlobalSecondaryIndexSettings = replicaGlobalSecondaryIndexSettings;
        this.replicaTableClassSummary = replicaTableClassSummary;
    }

    static ReplicaSettingsDescription read(JsonParser parser) {
        String regionName = null;
        ReplicaStatus replicaStatus = null;
        BillingModeSummary replicaBillingModeSummary = null;
        Long replicaProvisionedReadCapacityUnits = null;
        AutoScalingSettingsDescription replicaProvisionedReadCapacityAutoScalingSettings = null;
        Long replicaProvisionedWriteCapacityUnits = null;
        AutoScalingSettingsDescription replicaProvisionedWriteCapacityAutoScalingSettings = null;
        List<ReplicaGlobalSecondaryIndexSettingsDescription> replicaGlobalSecondaryIndexSettings = List.of();
        TableClassSummary replicaTableClassSummary = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "RegionName" -> regionName = JsonReads.string(parser);
                case "ReplicaStatus" -> replicaStatus = Enums.read(parser, ReplicaStatus.class);
                case "ReplicaBillingModeSummary" -> replicaBillingModeSummary = BillingModeSummary.read(parser);
                case "ReplicaProvisionedReadCapacityUnits" -> replicaProvisionedReadCapacityUnits = JsonReads.longValue(parser);
                case "ReplicaProvisionedReadCapacityAutoScalingSettings" -> replicaProvisionedReadCapacityAutoScalingSettings = AutoScalingSettingsDescription.read(parser);
                case "ReplicaProvisionedWriteCapacityUnits" -> replicaProvisionedWriteCapacityUnits = JsonReads.longValue(parser);
                case "ReplicaProvisionedWriteCapacityAutoScalingSettings" -> replicaProvisionedWriteCapacityAutoScalingSettings = AutoScalingSettingsDescription.read(parser);
                case "ReplicaGlobalSecondaryIndexSettings" -> replicaGlobalSecondaryIndexSettings = JsonReads.list(parser, ReplicaGlobalSecondaryIndexSettingsDescription::read);
                case "ReplicaTableClassSummary" -> replicaTableClassSummary = TableClassSummary.read(parser);
                default -> parser.skipChildren();
            }
        }
        return new ReplicaSettingsDescription(regionName, replicaStatus, replicaBillingModeSummary,
                replicaProvisionedReadCapacityUnits, replicaProvisionedReadCapacityAutoScalingSettings,
                replicaProvisionedWriteCapacityUnits, replicaProvisionedWriteCapacityAutoScalingSettings,
                replicaGlobalSecondaryIndexSettings, replicaTableClassSummary);
    }

    /** @return the Region name of the replica (API member {@code RegionName}), or {@code null} */
    public String regionName() {
        return regionName;
    }

    /** @return the replica status (API member {@code ReplicaStatus}), or {@code null} */
    public ReplicaStatus replicaStatus() {
        return replicaStatus;
    }

    /**
     * @return the read/write capacity mode of the replica (API member {@code ReplicaBillingModeSummary}), or
     *         {@code null}
     */
    public BillingModeSummary replicaBillingModeSummary() {
        return replicaBillingModeSummary;
    }

    /**
     * @return the replica provisioned read capacity units (API member {@code ReplicaProvisionedReadCapacityUnits}), or
     *         {@code null}
     */
    public Long replicaProvisionedReadCapacityUnits() {
        return replicaProvisionedReadCapacityUnits;
    }

    /**
     * @return auto scaling settings for a global table replica's read capacity units (API member
     *         {@code ReplicaProvisionedReadCapacityAutoScalingSettings}), or {@code null}
     */
    public AutoScalingSettingsDescription replicaProvisionedReadCapacityAutoScalingSettings() {
        return replicaProvisionedReadCapacityAutoScalingSettings;
    }

    /**
     * @return the maximum number of writes consumed per second before DynamoDB returns a ThrottlingException (API
     *         member {@code ReplicaProvisionedWriteCapacityUnits}), or {@code null}
     */
    public Long replicaProvisionedWriteCapacityUnits() {
        return replicaProvisionedWriteCapacityUnits;
    }

    /**
     * @return auto scaling settings for a global table replica's write capacity units (API member
     *         {@code ReplicaProvisionedWriteCapacityAutoScalingSettings}), or {@code null}
     */
    public AutoScalingSettingsDescription replicaProvisionedWriteCapacityAutoScalingSettings() {
        return replicaProvisionedWriteCapacityAutoScalingSettings;
    }

    /**
     * @return replica global secondary index settings for the global table (API member
     *         {@code ReplicaGlobalSecondaryIndexSettings})
     */
    public List<ReplicaGlobalSecondaryIndexSettingsDescription> replicaGlobalSecondaryIndexSettings() {
        return replicaGlobalSecondaryIndexSettings;
    }

    /** @return the replica table class summary (API member {@code ReplicaTableClassSummary}), or {@code null} */
    public TableClassSummary replicaTableClassSummary() {
        return replicaTableClassSummary;
    }

    @Override
    public String toString() {
        return Shapes.toString("ReplicaSettingsDescription", "regionName", regionName, "replicaStatus",
                replicaStatus, "replicaBillingModeSummary", replicaBillingModeSummary,
                "replicaProvisionedReadCapacityUnits", replicaProvisionedReadCapacityUnits,
                "replicaProvisionedReadCapacityAutoScalingSettings",
                replicaProvisionedReadCapacityAutoScalingSettings, "replicaProvisionedWriteCapacityUnits",
                replicaProvisionedWriteCapacityUnits, "replicaProvisionedWriteCapacityAutoScalingSettings",
                replicaProvisionedWriteCapacityAutoScalingSettings, "replicaGlobalSecondaryIndexSettings",
                replicaGlobalSecondaryIndexSettings, "replicaTableClassSummary", replicaTableClassSummary);
    }
}
