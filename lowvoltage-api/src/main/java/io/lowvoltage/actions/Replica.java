package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * A region where a global table (version 2017.11.29) has a replica: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Replica.html">Replica</a>.
 * Immutable; the {@code with...} methods return changed copies.
 * Read from a response, a value DynamoDB did not report is {@code null}.
 *
 * <pre>{@code
 * Replica.of("eu-west-1")
 * }</pre>
 */
public final class Replica {
    private final String regionName;

    private Replica(String regionName) {
        this.regionName = regionName;
    }

    /**
     * @param regionName the Region where the replica needs to be created (API member {@code RegionName})
     * @return the replica
     */
    public static Replica of(String regionName) {
        return new Replica(Objects.requireNonNull(regionName, "regionName"));
    }

    static Replica read(JsonParser parser) {
        String regionName = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "RegionName" -> regionName = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new Replica(regionName);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.REGION_NAME, regionName);
        generator.writeEndObject();
    }

    /** @return the Region where the replica needs to be created (API member {@code RegionName}), or {@code null} */
    public String regionName() {
        return regionName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Replica that
                && Objects.equals(regionName, that.regionName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regionName);
    }

    @Override
    public String toString() {
        return Shapes.toString("Replica", "regionName", regionName);
    }
}
