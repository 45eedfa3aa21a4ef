package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * The settings of one global secondary index on a replica, overriding the source table's: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ReplicaGlobalSecondaryIndex.html">ReplicaGlobalSecondaryIndex</a>.
 * Immutable.
 *
 * <pre>{@code
 * ReplicaGlobalSecondaryIndex.of("gsi", ProvisionedThroughputOverride.of(10), null)
 * }</pre>
 */
public final class ReplicaGlobalSecondaryIndex {
    private final String indexName;
    private final ProvisionedThroughputOverride provisionedThroughputOverride;
    private final OnDemandThroughputOverride onDemandThroughputOverride;

    private ReplicaGlobalSecondaryIndex(String indexName, ProvisionedThroughputOverride provisionedThroughputOverride,
            OnDemandThroughputOverride onDemandThroughputOverride) {
        this.indexName = indexName;
        this.provisionedThroughputOverride = provisionedThroughputOverride;
        this.onDemandThroughputOverride = onDemandThroughputOverride;
    }

    /**
     * @param indexName                     the index name (API member {@code IndexName})
     * @param provisionedThroughputOverride the read capacity override (API member
     *                                      {@code ProvisionedThroughputOverride}), or {@code null}
     * @param onDemandThroughputOverride    the on-demand read override (API member
     *                                      {@code OnDemandThroughputOverride}), or {@code null}
     * @return the settings
     */
    public static ReplicaGlobalSecondaryIndex of(String indexName,
            ProvisionedThroughputOverride provisionedThroughputOverride,
            OnDemandThroughputOverride onDemandThroughputOverride) {
        return new ReplicaGlobalSecondaryIndex(Objects.requireNonNull(indexName, "indexName"),
                provisionedThroughputOverride, onDemandThroughputOverride);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.INDEX_NAME, indexName);
        Shapes.object(generator, Members.PROVISIONED_THROUGHPUT_OVERRIDE, provisionedThroughputOverride,
                ProvisionedThroughputOverride::write);
        Shapes.object(generator, Members.ON_DEMAND_THROUGHPUT_OVERRIDE, onDemandThroughputOverride,
                OnDemandThroughputOverride::write);
        generator.writeEndObject();
    }

    /** @return the index name (API member {@code IndexName}) */
    public String indexName() {
        return indexName;
    }

    /** @return the read capacity override (API member {@code ProvisionedThroughputOverride}), or {@code null} */
    public ProvisionedThroughputOverride provisionedThroughputOverride() {
        return provisionedThroughputOverride;
    }

    /** @return the on-demand read override (API member {@code OnDemandThroughputOverride}), or {@code null} */
    public OnDemandThroughputOverride onDemandThroughputOverride() {
        return onDemandThroughputOverride;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReplicaGlobalSecondaryIndex that && indexName.equals(that.indexName)
                && Objects.equals(provisionedThroughputOverride, that.provisionedThroughputOverride)
                && Objects.equals(onDemandThroughputOverride, that.onDemandThroughputOverride);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indexName, provisionedThroughputOverride, onDemandThroughputOverride);
    }

    @Override
    public String toString() {
        return Shapes.toString("ReplicaGlobalSecondaryIndex", "indexName", indexName,
                "provisionedThroughputOverride", provisionedThroughputOverride,
                "onDemandThroughputOverride", onDemandThroughputOverride);
    }
}
