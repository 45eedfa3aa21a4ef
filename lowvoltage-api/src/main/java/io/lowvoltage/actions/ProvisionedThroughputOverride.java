package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The the read capacity units of a replica, overriding the source table's: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ProvisionedThroughputOverride.html">ProvisionedThroughputOverride</a>.
 * Immutable.
 *
 * <pre>{@code
 * ProvisionedThroughputOverride.of(10)
 * }</pre>
 */
public final class ProvisionedThroughputOverride {
    private final Long readCapacityUnits;

    private ProvisionedThroughputOverride(Long readCapacityUnits) {
        this.readCapacityUnits = readCapacityUnits;
    }

    /**
     * @param readCapacityUnits the value (API member {@code ReadCapacityUnits})
     * @return the override
     */
    public static ProvisionedThroughputOverride of(long readCapacityUnits) {
        return new ProvisionedThroughputOverride(readCapacityUnits);
    }

    static ProvisionedThroughputOverride read(JsonParser parser) {
        Long value = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            if (member.equals("ReadCapacityUnits")) {
                value = JsonReads.longValue(parser);
            } else {
                parser.skipChildren();
            }
        }
        return new ProvisionedThroughputOverride(value);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.number(generator, Members.READ_CAPACITY_UNITS, readCapacityUnits);
        generator.writeEndObject();
    }

    /** @return the value (API member {@code ReadCapacityUnits}), or {@code null} when DynamoDB did not report it */
    public Long readCapacityUnits() {
        return readCapacityUnits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProvisionedThroughputOverride that && Objects.equals(readCapacityUnits,
                that.readCapacityUnits);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(readCapacityUnits);
    }

    @Override
    public String toString() {
        return "ProvisionedThroughputOverride{" + readCapacityUnits + "}";
    }
}
