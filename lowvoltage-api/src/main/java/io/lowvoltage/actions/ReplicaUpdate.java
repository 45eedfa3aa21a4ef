package io.lowvoltage.actions;

import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * A replica to add to or remove from a global table of version 2017.11.29: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ReplicaUpdate.html">ReplicaUpdate</a>,
 * holding either a
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateReplicaAction.html">CreateReplicaAction</a>
 * or a
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteReplicaAction.html">DeleteReplicaAction</a>.
 * Immutable.
 *
 * <pre>{@code
 * ReplicaUpdate.create("eu-west-1"), ReplicaUpdate.delete("us-west-2")
 * }</pre>
 */
public final class ReplicaUpdate {
    private final String regionName;
    private final boolean delete;

    private ReplicaUpdate(String regionName, boolean delete) {
        this.regionName = Objects.requireNonNull(regionName, "regionName");
        this.delete = delete;
    }

    /**
     * @param regionName the region of the replica to add (API member {@code Create.RegionName})
     * @return the update
     */
    public static ReplicaUpdate create(String regionName) {
        return new ReplicaUpdate(regionName, false);
    }

    /**
     * @param regionName the region of the replica to remove (API member {@code Delete.RegionName})
     * @return the update
     */
    public static ReplicaUpdate delete(String regionName) {
        return new ReplicaUpdate(regionName, true);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        generator.writeName(delete ? Members.DELETE : Members.CREATE);
        generator.writeStartObject();
        generator.writeName(Members.REGION_NAME);
        generator.writeString(regionName);
        generator.writeEndObject();
        generator.writeEndObject();
    }

    /** @return the replica's region (API member {@code RegionName} of {@code Create} or {@code Delete}) */
    public String regionName() {
        return regionName;
    }

    /** @return whether the replica is removed ({@code Delete}) rather than added ({@code Create}) */
    public boolean isDelete() {
        return delete;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReplicaUpdate that && regionName.equals(that.regionName) && delete == that.delete;
    }

    @Override
    public int hashCode() {
        return regionName.hashCode() * 31 + Boolean.hashCode(delete);
    }

    @Override
    public String toString() {
        return (delete ? "ReplicaUpdate{delete=" : "ReplicaUpdate{create=") + regionName + "}";
    }
}
