package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * The read capacity auto scaling settings to set on a global secondary index of a replica: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ReplicaGlobalSecondaryIndexAutoScalingUpdate.html">ReplicaGlobalSecondaryIndexAutoScalingUpdate</a>.
 * Immutable; the {@code with...} methods return changed copies.
 *
 * <pre>{@code
 * ReplicaGlobalSecondaryIndexAutoScalingUpdate.of("gsi").withProvisionedReadCapacityAutoScalingUpdate(AutoScalingSettingsUpdate.create().withMinimumUnits(1).withMaximumUnits(100))
 * }</pre>
 */
public final class ReplicaGlobalSecondaryIndexAutoScalingUpdate {
    private final String indexName;
    private final AutoScalingSettingsUpdate provisionedReadCapacityAutoScalingUpdate;

    private ReplicaGlobalSecondaryIndexAutoScalingUpdate(String indexName,
            AutoScalingSettingsUpdate provisionedReadCapacityAutoScalingUpdate) {
        this.indexName = indexName;
        this.provisionedReadCapacityAutoScalingUpdate = provisionedReadCapacityAutoScalingUpdate;
    }

    /**
     * @param indexName the name of the global secondary index (API member {@code IndexName})
     * @return the update
     */
    public static ReplicaGlobalSecondaryIndexAutoScalingUpdate of(String indexName) {
        return new ReplicaGlobalSecondaryIndexAutoScalingUpdate(Objects.requireNonNull(indexName, "indexName"), null);
    }

    /**
     * @param provisionedReadCapacityAutoScalingUpdate the provisioned read capacity auto scaling update (API member
     *                                                 {@code ProvisionedReadCapacityAutoScalingUpdate})
     * @return a copy with that value
     */
    public ReplicaGlobalSecondaryIndexAutoScalingUpdate withProvisionedReadCapacityAutoScalingUpdate(
            AutoScalingSettingsUpdate provisionedReadCapacityAutoScalingUpdate) {
        return new ReplicaGlobalSecondaryIndexAutoScalingUpdate(indexName,
                Objects.requireNonNull(provisionedReadCapacityAutoScalingUpdate,
                "provisionedReadCapacityAutoScalingUpdate"));
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.INDEX_NAME, indexName);
        Shapes.object(generator, GlobalTableMembers.PROVISIONED_READ_CAPACITY_AUTO_SCALING_UPDATE,
                provisionedReadCapacityAutoScalingUpdate, AutoScalingSettingsUpdate::write);
        generator.writeEndObject();
    }

    /** @return the name of the global secondary index (API member {@code IndexName}) */
    public String indexName() {
        return indexName;
    }

    /**
     * @return the provisioned read capacity auto scaling update (API member
     *         {@code ProvisionedReadCapacityAutoScalingUpdate}), or {@code null}
     */
    public AutoScalingSettingsUpdate provisionedReadCapacityAutoScalingUpdate() {
        return provisionedReadCapacityAutoScalingUpdate;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReplicaGlobalSecondaryIndexAutoScalingUpdate that
                && Objects.equals(indexName, that.indexName)
                && Objects.equals(provisionedReadCapacityAutoScalingUpdate,
                        that.provisionedReadCapacityAutoScalingUpdate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indexName, provisionedReadCapacityAutoScalingUpdate);
    }

    @Override
    public String toString() {
        return Shapes.toString("ReplicaGlobalSecondaryIndexAutoScalingUpdate", "indexName", indexName,
                "provisionedReadCapacityAutoScalingUpdate", provisionedReadCapacityAutoScalingUpdate);
    }
}
