package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * A replica of a global table: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ReplicaDescription.html">ReplicaDescription</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class ReplicaDescription {
    private final String regionName;
    private final ReplicaStatus replicaStatus;
    private final String replicaArn;
    private final String replicaStatusDescription;
    private final String replicaStatusPercentProgress;
    private final String kmsMasterKeyId;
    private final ProvisionedThroughputOverride provisionedThroughputOverride;
    private final OnDemandThroughputOverride onDemandThroughputOverride;
    private final TableWarmThroughputDescription warmThroughput;
    private final List<ReplicaGlobalSecondaryIndexDescription> globalSecondaryIndexes;
    private final Instant replicaInaccessibleDateTime;
    private final TableClassSummary replicaTableClassSummary;
    private final GlobalTableSettingsReplicationMode globalTableSettingsReplicationMode;

    private ReplicaDescription(String regionName, ReplicaStatus replicaStatus, String replicaArn,
            String replicaStatusDescription, String replicaStatusPercentProgress, String kmsMasterKeyId,
            ProvisionedThroughputOverride provisionedThroughputOverride,
            OnDemandThroughputOverride onDemandThroughputOverride, TableWarmThroughputDescription warmThroughput,
            List<ReplicaGlobalSecondaryIndexDescription> globalSecondaryIndexes, Instant replicaInaccessibleDateTime,
            TableClassSummary replicaTableClassSummary,
            GlobalTableSettingsReplicationMode globalTableSettingsReplicationMode) {
        this.regionName = regionName;
        this.replicaStatus = replicaStatus;
        this.replicaArn = replicaArn;
        this.replicaStatusDescription = replicaStatusDescription;
        this.replicaStatusPercentProgress = replicaStatusPercentProgress;
        this.kmsMasterKeyId = kmsMasterKeyId;
        this.provisionedThroughputOverride = provisionedThroughputOverride;
        this.onDemandThroughputOverride = onDemandThroughputOverride;
        this.warmThroughput = warmThroughput;
        this.globalSecondaryIndexes = globalSecondaryIndexes;
        this.replicaInaccessibleDateTime = replicaInaccessibleDateTime;
        this.replicaTableClassSummary = replicaTableClassSummary;
        this.globalTableSettingsReplicationMode = globalTableSettingsReplicationMode;
    }

    static ReplicaDescription read(JsonParser parser) {
        String regionName = null;
        ReplicaStatus replicaStatus = null;
        String replicaArn = null;
        String replicaStatusDescription = null;
        String replicaStatusPercentProgress = null;
        String kmsMasterKeyId = null;
        ProvisionedThroughputOverride provisionedThroughputOverride = null;
        OnDemandThroughputOverride onDemandThroughputOverride = null;
        TableWarmThroughputDescription warmThroughput = null;
        List<ReplicaGlobalSecondaryIndexDescription> globalSecondaryIndexes = List.of();
        Instant replicaInaccessibleDateTime = null;
        TableClassSummary replicaTableClassSummary = null;
        GlobalTableSettingsReplicationMode globalTableSettingsReplicationMode = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "RegionName" -> regionName = JsonReads.string(parser);
                case "ReplicaStatus" -> replicaStatus = Enums.read(parser, ReplicaStatus.class);
                case "ReplicaArn" -> replicaArn = JsonReads.string(parser);
                case "ReplicaStatusDescription" -> replicaStatusDescription = JsonReads.string(parser);
                case "ReplicaStatusPercentProgress" -> replicaStatusPercentProgress = JsonReads.string(parser);
                case "KMSMasterKeyId" -> kmsMasterKeyId = JsonReads.string(parser);
                case "ProvisionedThroughputOverride" -> provisionedThroughputOverride =
                        ProvisionedThroughputOverride.read(parser);
                case "OnDemandThroughputOverride" -> onDemandThroughputOverride =
                        OnDemandThroughputOverride.read(parser);
                case "WarmThroughput" -> warmThroughput = TableWarmThroughputDescription.read(parser);
                case "GlobalSecondaryIndexes" -> globalSecondaryIndexes = JsonReads.list(parser,
                        ReplicaGlobalSecondaryIndexDescription::read);
                case "ReplicaInaccessibleDateTime" -> replicaInaccessibleDateTime = JsonReads.instant(parser);
                case "ReplicaTableClassSummary" -> replicaTableClassSummary = TableClassSummary.read(parser);
                case "GlobalTableSettingsReplicationMode" -> globalTableSettingsReplicationMode = Enums.read(parser,
                        GlobalTableSettingsReplicationMode.class);
                default -> parser.skipChildren();
            }
        }
        return new ReplicaDescription(regionName, replicaStatus, replicaArn, replicaStatusDescription,
                replicaStatusPercentProgress, kmsMasterKeyId, provisionedThroughputOverride,
                onDemandThroughputOverride, warmThroughput, globalSecondaryIndexes, replicaInaccessibleDateTime,
                replicaTableClassSummary, globalTableSettingsReplicationMode);
    }

    /** @return the replica's region (API member {@code RegionName}), or {@code null} */
    public String regionName() {
        return regionName;
    }

    /** @return the state of the replica (API member {@code ReplicaStatus}), or {@code null} */
    public ReplicaStatus replicaStatus() {
        return replicaStatus;
    }

    /** @return the ARN of the replica (API member {@code ReplicaArn}), or {@code null} */
    public String replicaArn() {
        return replicaArn;
    }

    /** @return details on the state of the replica (API member {@code ReplicaStatusDescription}), or {@code null} */
    public String replicaStatusDescription() {
        return replicaStatusDescription;
    }

    /**
     * @return how far the replica's creation has progressed, in percent (API member {@code
     * ReplicaStatusPercentProgress}), or {@code null}
     */
    public String replicaStatusPercentProgress() {
        return replicaStatusPercentProgress;
    }

    /** @return the KMS key of the replica (API member {@code KMSMasterKeyId}), or {@code null} */
    public String kmsMasterKeyId() {
        return kmsMasterKeyId;
    }

    /**
     * @return the replica's read capacity override (API member {@code ProvisionedThroughputOverride}), or {@code null}
     */
    public ProvisionedThroughputOverride provisionedThroughputOverride() {
        return provisionedThroughputOverride;
    }

    /**
     * @return the replica's on-demand read override (API member {@code OnDemandThroughputOverride}), or {@code null}
     */
    public OnDemandThroughputOverride onDemandThroughputOverride() {
        return onDemandThroughputOverride;
    }

    /** @return the warm throughput (API member {@code WarmThroughput}), or {@code null} */
    public TableWarmThroughputDescription warmThroughput() {
        return warmThroughput;
    }

    /** @return the replica's global secondary index settings (API member {@code GlobalSecondaryIndexes}) */
    public List<ReplicaGlobalSecondaryIndexDescription> globalSecondaryIndexes() {
        return globalSecondaryIndexes;
    }

    /**
     * @return when the replica's KMS key became inaccessible (API member {@code ReplicaInaccessibleDateTime}), or
     * {@code null}
     */
    public Instant replicaInaccessibleDateTime() {
        return replicaInaccessibleDateTime;
    }

    /** @return the replica's storage class (API member {@code ReplicaTableClassSummary}), or {@code null} */
    public TableClassSummary replicaTableClassSummary() {
        return replicaTableClassSummary;
    }

    /**
     * @return whether settings replicate to this replica (API member {@code GlobalTableSettingsReplicationMode}), or
     * {@code null}
     */
    public GlobalTableSettingsReplicationMode globalTableSettingsReplicationMode() {
        return globalTableSettingsReplicationMode;
    }

    @Override
    public String toString() {
        return Shapes.toString("ReplicaDescription", "regionName", regionName, "replicaStatus", replicaStatus,
                "replicaArn", replicaArn, "replicaStatusDescription", replicaStatusDescription,
                "replicaStatusPercentProgress", replicaStatusPercentProgress, "kmsMasterKeyId", kmsMasterKeyId,
                "provisionedThroughputOverride", provisionedThroughputOverride, "onDemandThroughputOverride",
                onDemandThroughputOverride, "warmThroughput", warmThroughput, "globalSecondaryIndexes",
                globalSecondaryIndexes, "replicaInaccessibleDateTime", replicaInaccessibleDateTime,
                "replicaTableClassSummary", replicaTableClassSummary, "globalTableSettingsReplicationMode",
                globalTableSettingsReplicationMode);
    }
}
