package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * The settings of a global secondary index on a replica: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ReplicaGlobalSecondaryIndexDescription.html">ReplicaGlobalSecondaryIndexDescription</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class ReplicaGlobalSecondaryIndexDescription {
    private final String indexName;
    private final ProvisionedThroughputOverride provisionedThroughputOverride;
    private final OnDemandThroughputOverride onDemandThroughputOverride;
    private final GlobalSecondaryIndexWarmThroughputDescription warmThroughput;

    private ReplicaGlobalSecondaryIndexDescription(String indexName,
            ProvisionedThroughputOverride provisionedThroughputOverride,
            OnDemandThroughputOverride onDemandThroughputOverride,
            GlobalSecondaryIndexWarmThroughputDescription warmThroughput) {
        this.indexName = indexName;
        this.provisionedThroughputOverride = provisionedThroughputOverride;
        this.onDemandThroughputOverride = onDemandThroughputOverride;
        this.warmThroughput = warmThroughput;
    }

    static ReplicaGlobalSecondaryIndexDescription read(JsonParser parser) {
        String indexName = null;
        ProvisionedThroughputOverride provisionedThroughputOverride = null;
        OnDemandThroughputOverride onDemandThroughputOverride = null;
        GlobalSecondaryIndexWarmThroughputDescription warmThroughput = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "IndexName" -> indexName = JsonReads.string(parser);
                case "ProvisionedThroughputOverride" -> provisionedThroughputOverride =
                        ProvisionedThroughputOverride.read(parser);
                case "OnDemandThroughputOverride" -> onDemandThroughputOverride =
                        OnDemandThroughputOverride.read(parser);
                case "WarmThroughput" -> warmThroughput = GlobalSecondaryIndexWarmThroughputDescription.read(parser);
                default -> parser.skipChildren();
            }
        }
        return new ReplicaGlobalSecondaryIndexDescription(indexName, provisionedThroughputOverride,
                onDemandThroughputOverride, warmThroughput);
    }

    /** @return the index name (API member {@code IndexName}), or {@code null} */
    public String indexName() {
        return indexName;
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
    public GlobalSecondaryIndexWarmThroughputDescription warmThroughput() {
        return warmThroughput;
    }

    @Override
    public String toString() {
        return Shapes.toString("ReplicaGlobalSecondaryIndexDescription", "indexName", indexName,
                "provisionedThroughputOverride", provisionedThroughputOverride, "onDemandThroughputOverride",
                onDemandThroughputOverride, "warmThroughput", warmThroughput);
    }
}
