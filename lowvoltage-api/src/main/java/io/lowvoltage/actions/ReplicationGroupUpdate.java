package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonWrites;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;

/**
 * One change to the replicas of a global table, for {@link UpdateTable}: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ReplicationGroupUpdate.html">ReplicationGroupUpdate</a>,
 * holding one of its {@code Create} ({@code CreateReplicationGroupMemberAction}), {@code Update}
 * ({@code UpdateReplicationGroupMemberAction}) or {@code Delete} ({@code DeleteReplicationGroupMemberAction})
 * actions. Immutable; the {@code with...} methods return changed copies and apply to creates and updates only.
 *
 * <pre>{@code
 * ReplicationGroupUpdate.create("eu-west-1").withTableClassOverride(TableClass.STANDARD_INFREQUENT_ACCESS)
 * ReplicationGroupUpdate.delete("eu-west-1")
 * }</pre>
 */
public final class ReplicationGroupUpdate {
    private enum Kind { CREATE, UPDATE, DELETE }

    private final Kind kind;
    private final String regionName;
    private final String kmsMasterKeyId;
    private final ProvisionedThroughputOverride provisionedThroughputOverride;
    private final OnDemandThroughputOverride onDemandThroughputOverride;
    private final List<ReplicaGlobalSecondaryIndex> globalSecondaryIndexes;
    private final TableClass tableClassOverride;

    private ReplicationGroupUpdate(Kind kind, String regionName, String kmsMasterKeyId,
            ProvisionedThroughputOverride provisionedThroughputOverride,
            OnDemandThroughputOverride onDemandThroughputOverride,
            List<ReplicaGlobalSecondaryIndex> globalSecondaryIndexes, TableClass tableClassOverride) {
        this.kind = kind;
        this.regionName = regionName;
        this.kmsMasterKeyId = kmsMasterKeyId;
        this.provisionedThroughputOverride = provisionedThroughputOverride;
        this.onDemandThroughputOverride = onDemandThroughputOverride;
        this.globalSecondaryIndexes = globalSecondaryIndexes;
        this.tableClassOverride = tableClassOverride;
    }

    private static ReplicationGroupUpdate of(Kind kind, String regionName) {
        return new ReplicationGroupUpdate(kind, Objects.requireNonNull(regionName, "regionName"), null, null, null,
                List.of(), null);
    }

    /**
     * @param regionName the region of the replica to add (API member {@code Create}, {@code RegionName})
     * @return the update
     */
    public static ReplicationGroupUpdate create(String regionName) {
        return of(Kind.CREATE, regionName);
    }

    /**
     * @param regionName the region of the replica to change (API member {@code Update}, {@code RegionName})
     * @return the update
     */
    public static ReplicationGroupUpdate update(String regionName) {
        return of(Kind.UPDATE, regionName);
    }

    /**
     * @param regionName the region of the replica to remove (API member {@code Delete}, {@code RegionName})
     * @return the update
     */
    public static ReplicationGroupUpdate delete(String regionName) {
        return of(Kind.DELETE, regionName);
    }

    private ReplicationGroupUpdate with(String kms, ProvisionedThroughputOverride provisioned,
            OnDemandThroughputOverride onDemand, List<ReplicaGlobalSecondaryIndex> indexes, TableClass tableClass) {
        if (kind == Kind.DELETE) {
            throw new IllegalStateException("A replica Delete has only RegionName; settings go with create(...) "
                    + "or update(...)");
        }
        return new ReplicationGroupUpdate(kind, regionName, kms, provisioned, onDemand, indexes, tableClass);
    }

    /**
     * @param kmsMasterKeyId the KMS key of the replica (API member {@code KMSMasterKeyId})
     * @return a copy with that key
     */
    public ReplicationGroupUpdate withKmsMasterKeyId(String kmsMasterKeyId) {
        return with(Objects.requireNonNull(kmsMasterKeyId, "kmsMasterKeyId"), provisionedThroughputOverride,
                onDemandThroughputOverride, globalSecondaryIndexes, tableClassOverride);
    }

    /**
     * @param override the replica's read capacity (API member {@code ProvisionedThroughputOverride})
     * @return a copy with that override
     */
    public ReplicationGroupUpdate withProvisionedThroughputOverride(ProvisionedThroughputOverride override) {
        return with(kmsMasterKeyId, Objects.requireNonNull(override, "override"), onDemandThroughputOverride,
                globalSecondaryIndexes, tableClassOverride);
    }

    /**
     * @param override the replica's maximum on-demand reads (API member {@code OnDemandThroughputOverride})
     * @return a copy with that override
     */
    public ReplicationGroupUpdate withOnDemandThroughputOverride(OnDemandThroughputOverride override) {
        return with(kmsMasterKeyId, provisionedThroughputOverride, Objects.requireNonNull(override, "override"),
                globalSecondaryIndexes, tableClassOverride);
    }

    /**
     * @param indexes the replica's global secondary index settings (API member {@code GlobalSecondaryIndexes}),
     *                replacing any set before
     * @return a copy with those settings
     */
    public ReplicationGroupUpdate withGlobalSecondaryIndexes(ReplicaGlobalSecondaryIndex... indexes) {
        return with(kmsMasterKeyId, provisionedThroughputOverride, onDemandThroughputOverride,
                Shapes.copy(Arrays.asList(indexes), "globalSecondaryIndexes"), tableClassOverride);
    }

    /**
     * @param tableClass the replica's storage class (API member {@code TableClassOverride})
     * @return a copy with that class
     */
    public ReplicationGroupUpdate withTableClassOverride(TableClass tableClass) {
        return with(kmsMasterKeyId, provisionedThroughputOverride, onDemandThroughputOverride,
                globalSecondaryIndexes, Shapes.known(tableClass, "TableClassOverride"));
    }

    void write(JsonGenerator generator) {
        SerializableString action = switch (kind) {
            case CREATE -> Members.CREATE;
            case UPDATE -> Members.UPDATE;
            case DELETE -> Members.DELETE;
        };
        generator.writeStartObject();
        generator.writeName(action);
        generator.writeStartObject();
        JsonWrites.string(generator, Members.REGION_NAME, regionName);
        JsonWrites.string(generator, Members.KMS_MASTER_KEY_ID, kmsMasterKeyId);
        Shapes.object(generator, Members.PROVISIONED_THROUGHPUT_OVERRIDE, provisionedThroughputOverride,
                ProvisionedThroughputOverride::write);
        Shapes.object(generator, Members.ON_DEMAND_THROUGHPUT_OVERRIDE, onDemandThroughputOverride,
                OnDemandThroughputOverride::write);
        Shapes.array(generator, Members.GLOBAL_SECONDARY_INDEXES, globalSecondaryIndexes,
                ReplicaGlobalSecondaryIndex::write);
        JsonWrites.constant(generator, Members.TABLE_CLASS_OVERRIDE, tableClassOverride);
        generator.writeEndObject();
        generator.writeEndObject();
    }

    /** @return the replica's region (API member {@code RegionName}) */
    public String regionName() {
        return regionName;
    }

    /** @return the KMS key (API member {@code KMSMasterKeyId}), or {@code null} */
    public String kmsMasterKeyId() {
        return kmsMasterKeyId;
    }

    /** @return the read capacity override (API member {@code ProvisionedThroughputOverride}), or {@code null} */
    public ProvisionedThroughputOverride provisionedThroughputOverride() {
        return provisionedThroughputOverride;
    }

    /** @return the on-demand read override (API member {@code OnDemandThroughputOverride}), or {@code null} */
    public OnDemandThroughputOverride onDemandThroughputOverride() {
        return onDemandThroughputOverride;
    }

    /** @return the global secondary index settings (API member {@code GlobalSecondaryIndexes}) */
    public List<ReplicaGlobalSecondaryIndex> globalSecondaryIndexes() {
        return globalSecondaryIndexes;
    }

    /** @return the storage class override (API member {@code TableClassOverride}), or {@code null} */
    public TableClass tableClassOverride() {
        return tableClassOverride;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReplicationGroupUpdate that && kind == that.kind
                && regionName.equals(that.regionName) && Objects.equals(kmsMasterKeyId, that.kmsMasterKeyId)
                && Objects.equals(provisionedThroughputOverride, that.provisionedThroughputOverride)
                && Objects.equals(onDemandThroughputOverride, that.onDemandThroughputOverride)
                && globalSecondaryIndexes.equals(that.globalSecondaryIndexes)
                && tableClassOverride == that.tableClassOverride;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, regionName, kmsMasterKeyId, provisionedThroughputOverride,
                onDemandThroughputOverride, globalSecondaryIndexes, tableClassOverride);
    }

    @Override
    public String toString() {
        String name = kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT);
        return Shapes.toString(name, "regionName", regionName, "kmsMasterKeyId", kmsMasterKeyId,
                "provisionedThroughputOverride", provisionedThroughputOverride,
                "onDemandThroughputOverride", onDemandThroughputOverride,
                "globalSecondaryIndexes", globalSecondaryIndexes, "tableClassOverride", tableClassOverride);
    }
}
