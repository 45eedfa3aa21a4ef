package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonWrites;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * The settings to set on one replica of a global table: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ReplicaSettingsUpdate.html">ReplicaSettingsUpdate</a>.
 * Immutable; the {@code with...} methods return changed copies.
 *
 * <pre>{@code
 * ReplicaSettingsUpdate.of("eu-west-1").withReplicaProvisionedReadCapacityUnits(10)
 * }</pre>
 */
public final class ReplicaSettingsUpdate {
    private final String regionName;
    private final Long replicaProvisionedReadCapacityUnits;
    private final AutoScalingSettingsUpdate replicaProvisionedReadCapacityAutoScalingSettingsUpdate;
    private final List<ReplicaGlobalSecondaryIndexSettingsUpdate> replicaGlobalSecondaryIndexSettingsUpdate;
    private final TableClass replicaTableClass;

    private ReplicaSettingsUpdate(String regionName, Long replicaProvisionedReadCapacityUnits,
            AutoScalingSettingsUpdate replicaProvisionedReadCapacityAutoScalingSettingsUpdate,
            List<ReplicaGlobalSecondaryIndexSettingsUpdate> replicaGlobalSecondaryIndexSettingsUpdate,
            TableClass replicaTableClass) {
        this.regionName = regionName;
        this.replicaProvisionedReadCapacityUnits = replicaProvisionedReadCapacityUnits;
        this.replicaProvisionedReadCapacityAutoScalingSettingsUpdate = replicaProvisionedReadCapacityAutoScalingSettingsUpdate;
        this.replicaGlobalSecondaryIndexSettingsUpdate = replicaGlobalSecondaryIndexSettingsUpdate;
        this.replicaTableClass = replicaTableClass;
    }

    /**
     * @param regionName the Region of the replica to be added (API member {@code RegionName})
     * @return the update
     */
    public static ReplicaSettingsUpdate of(String regionName) {
        return new ReplicaSettingsUpdate(Objects.requireNonNull(regionName, "regionName"), null, null, List.of(), null);
    }

    /**
     * @param replicaProvisionedReadCapacityUnits the replica provisioned read capacity units (API member
     *                                            {@code ReplicaProvisionedReadCapacityUnits})
     * @return a copy with that value
     */
    public ReplicaSettingsUpdate withReplicaProvisionedReadCapacityUnits(long replicaProvisionedReadCapacityUnits) {
        return new ReplicaSettingsUpdate(regionName, replicaProvisionedReadCapacityUnits,
                replicaProvisionedReadCapacityAutoScalingSettingsUpdate, replicaGlobalSecondaryIndexSettingsUpdate,
                replicaTableClass);
    }

    /**
     * @param replicaProvisionedReadCapacityAutoScalingSettingsUpdate auto scaling settings for managing a global table
     *                                                                replica's read capacity units (API member
     *                                                                {@code ReplicaProvisionedReadCapacityAutoScalingSettingsUpdate})
     * @return a copy with that value
     */
    public ReplicaSettingsUpdate withReplicaProvisionedReadCapacityAutoScalingSettingsUpdate(
            AutoScalingSettingsUpdate replicaProvisionedReadCapacityAutoScalingSettingsUpdate) {
        return new ReplicaSettingsUpdate(regionName, replicaProvisionedReadCapacityUnits,
                Objects.requireNonNull(replicaProvisionedReadCapacityAutoScalingSettingsUpdate,
                "replicaProvisionedReadCapacityAutoScalingSettingsUpdate"),
                replicaGlobalSecondaryIndexSettingsUpdate, replicaTableClass);
    }

    /**
     * @param replicaGlobalSecondaryIndexSettingsUpdate represents the settings of a global secondary index for a global
     *                                                  table that will be modified (API member
     *                                                  {@code ReplicaGlobalSecondaryIndexSettingsUpdate}), replacing
     *                                                  any set before
     * @return a copy with those
     */
    public ReplicaSettingsUpdate withReplicaGlobalSecondaryIndexSettingsUpdate(
            ReplicaGlobalSecondaryIndexSettingsUpdate... replicaGlobalSecondaryIndexSettingsUpdate) {
        return withReplicaGlobalSecondaryIndexSettingsUpdate(Arrays.asList(replicaGlobalSecondaryIndexSettingsUpdate));
    }

    /**
     * @param replicaGlobalSecondaryIndexSettingsUpdate represents the settings of a global secondary index for a global
     *                                                  table that will be modified (API member
     *                                                  {@code ReplicaGlobalSecondaryIndexSettingsUpdate}), replacing
     *                                                  any set before
     * @return a copy with those
     */
    public ReplicaSettingsUpdate withReplicaGlobalSecondaryIndexSettingsUpdate(
            Collection<? extends ReplicaGlobalSecondaryIndexSettingsUpdate> replicaGlobalSecondaryIndexSettingsUpdate) {
        return new ReplicaSettingsUpdate(regionName, replicaProvisionedReadCapacityUnits,
                replicaProvisionedReadCapacityAutoScalingSettingsUpdate,
                Shapes.copy(replicaGlobalSecondaryIndexSettingsUpdate, "replicaGlobalSecondaryIndexSettingsUpdate"),
                replicaTableClass);
    }

    /**
     * @param replicaTableClass replica-specific table class (API member {@code ReplicaTableClass})
     * @return a copy with that value
     */
    public ReplicaSettingsUpdate withReplicaTableClass(TableClass replicaTableClass) {
        return new ReplicaSettingsUpdate(regionName, replicaProvisionedReadCapacityUnits,
                replicaProvisionedReadCapacityAutoScalingSettingsUpdate, replicaGlobalSecondaryIndexSettingsUpdate,
                Shapes.known(replicaTableClass, "ReplicaTableClass"));
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.REGION_NAME, regionName);
        JsonWrites.number(generator, GlobalTableMembers.REPLICA_PROVISIONED_READ_CAPACITY_UNITS,
                replicaProvisionedReadCapacityUnits);
        Shapes.object(generator, GlobalTableMembers.REPLICA_PROVISIONED_READ_CAPACITY_AUTO_SCALING_SETTINGS_UPDATE,
                replicaProvisionedReadCapacityAutoScalingSettingsUpdate, AutoScalingSettingsUpdate::write);
        Shapes.array(generator, GlobalTableMembers.REPLICA_GLOBAL_SECONDARY_INDEX_SETTINGS_UPDATE,
                replicaGlobalSecondaryIndexSettingsUpdate, ReplicaGlobalSecondaryIndexSettingsUpdate::write);
        JsonWrites.constant(generator, GlobalTableMembers.REPLICA_TABLE_CLASS, replicaTableClass);
        generator.writeEndObject();
    }

    /** @return the Region of the replica to be added (API member {@code RegionName}) */
    public String regionName() {
        return regionName;
    }

    /**
     * @return the replica provisioned read capacity units (API member {@code ReplicaProvisionedReadCapacityUnits}), or
     *         {@code null}
     */
    public Long replicaProvisionedReadCapacityUnits() {
        return replicaProvisionedReadCapacityUnits;
    }

    /**
     * @return auto scaling settings for managing a global table replica's read capacity units (API member
     *         {@code ReplicaProvisionedReadCapacityAutoScalingSettingsUpdate}), or {@code null}
     */
    public AutoScalingSettingsUpdate replicaProvisionedReadCapacityAutoScalingSettingsUpdate() {
        return replicaProvisionedReadCapacityAutoScalingSettingsUpdate;
    }

    /**
     * @return represents the settings of a global secondary index for a global table that will be modified (API member
     *         {@code ReplicaGlobalSecondaryIndexSettingsUpdate})
     */
    public List<ReplicaGlobalSecondaryIndexSettingsUpdate> replicaGlobalSecondaryIndexSettingsUpdate() {
        return replicaGlobalSecondaryIndexSettingsUpdate;
    }

    /** @return replica-specific table class (API member {@code ReplicaTableClass}), or {@code null} */
    public TableClass replicaTableClass() {
        return replicaTableClass;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReplicaSettingsUpdate that
                && Objects.equals(regionName, that.regionName)
                && Objects.equals(replicaProvisionedReadCapacityUnits, that.replicaProvisionedReadCapacityUnits)
                && Objects.equals(replicaProvisionedReadCapacityAutoScalingSettingsUpdate,
                        that.replicaProvisionedReadCapacityAutoScalingSettingsUpdate)
                && Objects.equals(replicaGlobalSecondaryIndexSettingsUpdate,
                        that.replicaGlobalSecondaryIndexSettingsUpdate)
                && Objects.equals(replicaTableClass, that.replicaTableClass);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regionName, replicaProvisionedReadCapacityUnits,
                replicaProvisionedReadCapacityAutoScalingSettingsUpdate, replicaGlobalSecondaryIndexSettingsUpdate,
                replicaTableClass);
    }

    @Override
    public String toString() {
        return Shapes.toString("ReplicaSettingsUpdate", "regionName", regionName,
                "replicaProvisionedReadCapacityUnits", replicaProvisionedReadCapacityUnits,
                "replicaProvisionedReadCapacityAutoScalingSettingsUpdate",
                replicaProvisionedReadCapacityAutoScalingSettingsUpdate, "replicaGlobalSecondaryIndexSettingsUpdate",
                replicaGlobalSecondaryIndexSettingsUpdate, "replicaTableClass", replicaTableClass);
    }
}
