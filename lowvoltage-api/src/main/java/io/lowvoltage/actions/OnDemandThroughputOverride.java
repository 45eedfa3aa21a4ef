package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The the maximum read request units of an on-demand replica, overriding the source table's: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_OnDemandThroughputOverride.html">OnDemandThroughputOverride</a>.
 * Immutable.
 *
 * <pre>{@code
 * OnDemandThroughputOverride.of(10)
 * }</pre>
 */
public final class OnDemandThroughputOverride {
    private final Long maxReadRequestUnits;

    private OnDemandThroughputOverride(Long maxReadRequestUnits) {
        this.maxReadRequestUnits = maxReadRequestUnits;
    }

    /**
     * @param maxReadRequestUnits the value (API member {@code MaxReadRequestUnits})
     * @return the override
     */
    public static OnDemandThroughputOverride of(long maxReadRequestUnits) {
        return new OnDemandThroughputOverride(maxReadRequestUnits);
    }

    static OnDemandThroughputOverride read(JsonParser parser) {
        Long value = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            if (member.equals("MaxReadRequestUnits")) {
                value = JsonReads.longValue(parser);
            } else {
                parser.skipChildren();
            }
        }
        return new OnDemandThroughputOverride(value);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.number(generator, Members.MAX_READ_REQUEST_UNITS, maxReadRequestUnits);
        generator.writeEndObject();
    }

    /** @return the value (API member {@code MaxReadRequestUnits}), or {@code null} when DynamoDB did not report it */
    public Long maxReadRequestUnits() {
        return maxReadRequestUnits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OnDemandThroughputOverride that && Objects.equals(maxReadRequestUnits,
                that.maxReadRequestUnits);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(maxReadRequestUnits);
    }

    @Override
    public String toString() {
        return "OnDemandThroughputOverride{" + maxReadRequestUnits + "}";
    }
}
