package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * The read capacity settings to set on a global secondary index of a replica: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ReplicaGlobalSecondaryIndexSettingsUpdate.html">ReplicaGlobalSecondaryIndexSettingsUpdate</a>.
 * Immutable; the {@code with...} methods return changed copies.
 *
 * <pre>{@code
 * ReplicaGlobalSecondaryIndexSettingsUpdate.of("gsi").withProvisionedReadCapacityUnits(10)
 * }</pre>
 */
public final class ReplicaGlobalSecondaryIndexSettingsUpdate {
    private final String indexName;
    private final Long provisionedReadCapacityUnits;
    private final AutoScalingSettingsUpdate provisionedReadCapacityAutoScalingSettingsUpdate;

    private ReplicaGlobalSecondaryIndexSettingsUpdate(String indexName, Long provisionedReadCapacityUnits,
            AutoScalingSettingsUpdate provisionedReadCapacityAutoScalingSettingsUpdate) {
        this.indexName = indexName;
        this.provisionedReadCapacityUnits = provisionedReadCapacityUnits;
        this.provisionedReadCapacityAutoScalingSettingsUpdate = provisionedReadCapacityAutoScalingSettingsUpdate;
    }

    /**
     * @param indexName the name of the global secondary index (API member {@code IndexName})
     * @return the update
     */
    public static ReplicaGlobalSecondaryIndexSettingsUpdate of(String indexName) {
        return new ReplicaGlobalSecondaryIndexSettingsUpdate(Objects.requireNonNull(indexName, "indexName"), null,
                null);
    }

    /**
     * @param provisionedReadCapacityUnits the provisioned read capacity units (API member
     *                                     {@code ProvisionedReadCapacityUnits})
     * @return a copy with that value
     */
    public ReplicaGlobalSecondaryIndexSettingsUpdate withProvisionedReadCapacityUnits(
            long provisionedReadCapacityUnits) {
        return new ReplicaGlobalSecondaryIndexSettingsUpdate(indexName, provisionedReadCapacityUnits,
                provisionedReadCapacityAutoScalingSettingsUpdate);
    }

    /**
     * @param provisionedReadCapacityAutoScalingSettingsUpdate auto scaling settings for managing a global secondary
     *                                                         index replica's read capacity units (API member
     *                                                         {@code ProvisionedReadCapacityAutoScalingSettingsUpdate})
     * @return a copy with that value
     */
    public ReplicaGlobalSecondaryIndexSettingsUpdate withProvisionedReadCapacityAutoScalingSettingsUpdate(
            AutoScalingSettingsUpdate provisionedReadCapacityAutoScalingSettingsUpdate) {
        return new ReplicaGlobalSecondaryIndexSettingsUpdate(indexName, provisionedReadCapacityUnits,
                Objects.requireNonNull(provisionedReadCapacityAutoScalingSettingsUpdate,
                "provisionedReadCapacityAutoScalingSettingsUpdate"));
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.INDEX_NAME, indexName);
        JsonWrites.number(generator, GlobalTableMembers.PROVISIONED_READ_CAPACITY_UNITS, provisionedReadCapacityUnits);
        Shapes.object(generator, GlobalTableMembers.PROVISIONED_READ_CAPACITY_AUTO_SCALING_SETTINGS_UPDATE,
                provisionedReadCapacityAutoScalingSettingsUpdate, AutoScalingSettingsUpdate::write);
        generator.writeEndObject();
    }

    /** @return the name of the global secondary index (API member {@code IndexName}) */
    public String indexName() {
        return indexName;
    }

    /**
     * @return the provisioned read capacity units (API member {@code ProvisionedReadCapacityUnits}), or {@code null}
     */
    public Long provisionedReadCapacityUnits() {
        return provisionedReadCapacityUnits;
    }

    /**
     * @return auto scaling settings for managing a global secondary index replica's read capacity units (API member
     *         {@code ProvisionedReadCapacityAutoScalingSettingsUpdate}), or {@code null}
     */
    public AutoScalingSettingsUpdate provisionedReadCapacityAutoScalingSettingsUpdate() {
        return provisionedReadCapacityAutoScalingSettingsUpdate;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReplicaGlobalSecondaryIndexSettingsUpdate that
                && Objects.equals(indexName, that.indexName)
                && Objects.equals(provisionedReadCapacityUnits, that.provisionedReadCapacityUnits)
                && Objects.equals(provisionedReadCapacityAutoScalingSettingsUpdate,
                        that.provisionedReadCapacityAutoScalingSettingsUpdate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indexName, provisionedReadCapacityUnits, provisionedReadCapacityAutoScalingSettingsUpdate);
    }

    @Override
    public String toString() {
        return Shapes.toString("ReplicaGlobalSecondaryIndexSettingsUpdate", "indexName", indexName,
                "provisionedReadCapacityUnits", provisionedReadCapacityUnits,
                "provisionedReadCapacityAutoScalingSettingsUpdate", provisionedReadCapacityAutoScalingSettingsUpdate);
    }
}
