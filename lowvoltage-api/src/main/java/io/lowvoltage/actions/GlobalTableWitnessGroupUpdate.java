package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * Adds or removes the witness region of a multi-Region strongly consistent global table, for
 * {@link UpdateTable}: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GlobalTableWitnessGroupUpdate.html">GlobalTableWitnessGroupUpdate</a>,
 * holding its {@code Create} ({@code CreateGlobalTableWitnessGroupMemberAction}) or {@code Delete}
 * ({@code DeleteGlobalTableWitnessGroupMemberAction}) action. Immutable.
 *
 * <pre>{@code
 * GlobalTableWitnessGroupUpdate.create("us-west-2"), GlobalTableWitnessGroupUpdate.delete("us-west-2")
 * }</pre>
 */
public final class GlobalTableWitnessGroupUpdate {
    private final boolean create;
    private final String regionName;

    private GlobalTableWitnessGroupUpdate(boolean create, String regionName) {
        this.create = create;
        this.regionName = Objects.requireNonNull(regionName, "regionName");
    }

    /**
     * @param regionName the witness region to add (API member {@code Create}, {@code RegionName})
     * @return the update
     */
    public static GlobalTableWitnessGroupUpdate create(String regionName) {
        return new GlobalTableWitnessGroupUpdate(true, regionName);
    }

    /**
     * @param regionName the witness region to remove (API member {@code Delete}, {@code RegionName})
     * @return the update
     */
    public static GlobalTableWitnessGroupUpdate delete(String regionName) {
        return new GlobalTableWitnessGroupUpdate(false, regionName);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        generator.writeName(create ? Members.CREATE : Members.DELETE);
        generator.writeStartObject();
        JsonWrites.string(generator, Members.REGION_NAME, regionName);
        generator.writeEndObject();
        generator.writeEndObject();
    }

    /** @return the witness region (API member {@code RegionName}) */
    public String regionName() {
        return regionName;
    }

    /** @return whether this update adds the witness ({@code Create}) rather than removes it */
    public boolean isCreate() {
        return create;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GlobalTableWitnessGroupUpdate that && create == that.create
                && regionName.equals(that.regionName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(create, regionName);
    }

    @Override
    public String toString() {
        return (create ? "Create{" : "Delete{") + regionName + "}";
    }
}
