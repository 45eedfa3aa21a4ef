package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonWrites;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * The auto scaling settings to set on one replica: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ReplicaAutoScalingUpdate.html">ReplicaAutoScalingUpdate</a>.
 * Immutable; the {@code with...} methods return changed copies.
 *
 * <pre>{@code
 * ReplicaAutoScalingUpdate.of("eu-west-1").withReplicaProvisionedReadCapacityAutoScalingUpdate(AutoScalingSettingsUpdate.create().withMinimumUnits(1).withMaximumUnits(100))
 * }</pre>
 */
public final class ReplicaAutoScalingUpdate {
    private final String regionName;
    private final List<ReplicaGlobalSecondaryIndexAutoScalingUpdate> replicaGlobalSecondaryIndexUpdates;
    private final AutoScalingSettingsUpdate replicaProvisionedReadCapacityAutoScalingUpdate;

    private ReplicaAutoScalingUpdate(String regionName,
            List<ReplicaGlobalSecondaryIndexAutoScalingUpdate> replicaGlobalSecondaryIndexUpdates,
            AutoScalingSettingsUpdate replicaProvisionedReadCapacityAutoScalingUpdate) {
        this.regionName = regionName;
        this.replicaGlobalSecondaryIndexUpdates = replicaGlobalSecondaryIndexUpdates;
        this.replicaProvisionedReadCapacityAutoScalingUpdate = replicaProvisionedReadCapacityAutoScalingUpdate;
    }

    /**
     * @param regionName the Region where the replica exists (API member {@code RegionName})
     * @return the update
     */
    public static ReplicaAutoScalingUpdate of(String regionName) {
        return new ReplicaAutoScalingUpdate(Objects.requireNonNull(regionName, "regionName"), List.of(), null);
    }

    /**
     * @param replicaGlobalSecondaryIndexUpdates represents the auto scaling settings of global secondary indexes that
     *                                           will be modified (API member
     *                                           {@code ReplicaGlobalSecondaryIndexUpdates}), replacing any set before
     * @return a copy with those
     */
    public ReplicaAutoScalingUpdate withReplicaGlobalSecondaryIndexUpdates(
            ReplicaGlobalSecondaryIndexAutoScalingUpdate... replicaGlobalSecondaryIndexUpdates) {
        return withReplicaGlobalSecondaryIndexUpdates(Arrays.asList(replicaGlobalSecondaryIndexUpdates));
    }

    /**
     * @param replicaGlobalSecondaryIndexUpdates represents the auto scaling settings of global secondary indexes that
     *                                           will be modified (API member
     *                                           {@code ReplicaGlobalSecondaryIndexUpdates}), replacing any set before
     * @return a copy with those
     */
    public ReplicaAutoScalingUpdate withReplicaGlobalSecondaryIndexUpdates(
            Collection<? extends ReplicaGlobalSecondaryIndexAutoScalingUpdate> replicaGlobalSecondaryIndexUpdates) {
        return new ReplicaAutoScalingUpdate(regionName, Shapes.copy(replicaGlobalSecondaryIndexUpdates,
                "replicaGlobalSecondaryIndexUpdates"), replicaProvisionedReadCapacityAutoScalingUpdate);
    }

    /**
     * @param replicaProvisionedReadCapacityAutoScalingUpdate the replica provisioned read capacity auto scaling update
     *                                                        (API member
     *                                                        {@code ReplicaProvisionedReadCapacityAutoScalingUpdate})
     * @return a copy with that value
     */
    public ReplicaAutoScalingUpdate withReplicaProvisionedReadCapacityAutoScalingUpdate(
            AutoScalingSettingsUpdate replicaProvisionedReadCapacityAutoScalingUpdate) {
        return new ReplicaAutoScalingUpdate(regionName, replicaGlobalSecondaryIndexUpdates,
                Objects.requireNonNull(replicaProvisionedReadCapacityAutoScalingUpdate,
                "replicaProvisionedReadCapacityAutoScalingUpdate"));
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.REGION_NAME, regionName);
        Shapes.array(generator, GlobalTableMembers.REPLICA_GLOBAL_SECONDARY_INDEX_UPDATES,
                replicaGlobalSecondaryIndexUpdates, ReplicaGlobalSecondaryIndexAutoScalingUpdate::write);
        Shapes.object(generator, GlobalTableMembers.REPLICA_PROVISIONED_READ_CAPACITY_AUTO_SCALING_UPDATE,
                replicaProvisionedReadCapacityAutoScalingUpdate, AutoScalingSettingsUpdate::write);
        generator.writeEndObject();
    }

    /** @return the Region where the replica exists (API member {@code RegionName}) */
    public String regionName() {
        return regionName;
    }

    /**
     * @return represents the auto scaling settings of global secondary indexes that will be modified (API member
     *         {@code ReplicaGlobalSecondaryIndexUpdates})
     */
    public List<ReplicaGlobalSecondaryIndexAutoScalingUpdate> replicaGlobalSecondaryIndexUpdates() {
        return replicaGlobalSecondaryIndexUpdates;
    }

    /**
     * @return the replica provisioned read capacity auto scaling update (API member
     *         {@code ReplicaProvisionedReadCapacityAutoScalingUpdate}), or {@code null}
     */
    public AutoScalingSettingsUpdate replicaProvisionedReadCapacityAutoScalingUpdate() {
        return replicaProvisionedReadCapacityAutoScalingUpdate;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReplicaAutoScalingUpdate that
                && Objects.equals(regionName, that.regionName)
                && Objects.equals(replicaGlobalSecondaryIndexUpdates, that.replicaGlobalSecondaryIndexUpdates)
                && Objects.equals(replicaProvisionedReadCapacityAutoScalingUpdate,
                        that.replicaProvisionedReadCapacityAutoScalingUpdate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regionName, replicaGlobalSecondaryIndexUpdates,
                replicaProvisionedReadCapacityAutoScalingUpdate);
    }

    @Override
    public String toString() {
        return Shapes.toString("ReplicaAutoScalingUpdate", "regionName", regionName,
                "replicaGlobalSecondaryIndexUpdates", replicaGlobalSecondaryIndexUpdates,
                "replicaProvisionedReadCapacityAutoScalingUpdate", replicaProvisionedReadCapacityAutoScalingUpdate);
    }
}
