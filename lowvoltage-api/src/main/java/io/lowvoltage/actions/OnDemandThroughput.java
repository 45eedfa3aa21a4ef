package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The most request units an on-demand table or global secondary index may use per second: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_OnDemandThroughput.html">OnDemandThroughput</a>.
 * Immutable; an unset maximum is {@code null} (DynamoDB takes {@code -1} to remove one).
 *
 * <pre>{@code
 * OnDemandThroughput.of(100, 50), OnDemandThroughput.ofMaxReadRequestUnits(100)
 * }</pre>
 */
public final class OnDemandThroughput {
    private final Long maxReadRequestUnits;
    private final Long maxWriteRequestUnits;

    private OnDemandThroughput(Long maxReadRequestUnits, Long maxWriteRequestUnits) {
        this.maxReadRequestUnits = maxReadRequestUnits;
        this.maxWriteRequestUnits = maxWriteRequestUnits;
    }

    /**
     * @param maxReadRequestUnits  the maximum read request units (API member {@code MaxReadRequestUnits})
     * @param maxWriteRequestUnits the maximum write request units (API member {@code MaxWriteRequestUnits})
     * @return the throughput
     */
    public static OnDemandThroughput of(long maxReadRequestUnits, long maxWriteRequestUnits) {
        return new OnDemandThroughput(maxReadRequestUnits, maxWriteRequestUnits);
    }

    /**
     * @param maxReadRequestUnits the maximum read request units (API member {@code MaxReadRequestUnits})
     * @return the throughput, with no maximum of write request units
     */
    public static OnDemandThroughput ofMaxReadRequestUnits(long maxReadRequestUnits) {
        return new OnDemandThroughput(maxReadRequestUnits, null);
    }

    /**
     * @param maxWriteRequestUnits the maximum write request units (API member {@code MaxWriteRequestUnits})
     * @return the throughput, with no maximum of read request units
     */
    public static OnDemandThroughput ofMaxWriteRequestUnits(long maxWriteRequestUnits) {
        return new OnDemandThroughput(null, maxWriteRequestUnits);
    }

    static OnDemandThroughput read(JsonParser parser) {
        Long read = null;
        Long write = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "MaxReadRequestUnits" -> read = JsonReads.longValue(parser);
                case "MaxWriteRequestUnits" -> write = JsonReads.longValue(parser);
                default -> parser.skipChildren();
            }
        }
        return new OnDemandThroughput(read, write);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.number(generator, Members.MAX_READ_REQUEST_UNITS, maxReadRequestUnits);
        JsonWrites.number(generator, Members.MAX_WRITE_REQUEST_UNITS, maxWriteRequestUnits);
        generator.writeEndObject();
    }

    /** @return the maximum read request units (API member {@code MaxReadRequestUnits}), or {@code null} */
    public Long maxReadRequestUnits() {
        return maxReadRequestUnits;
    }

    /** @return the maximum write request units (API member {@code MaxWriteRequestUnits}), or {@code null} */
    public Long maxWriteRequestUnits() {
        return maxWriteRequestUnits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OnDemandThroughput that
                && Objects.equals(maxReadRequestUnits, that.maxReadRequestUnits)
                && Objects.equals(maxWriteRequestUnits, that.maxWriteRequestUnits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxReadRequestUnits, maxWriteRequestUnits);
    }

    @Override
    public String toString() {
        return Shapes.toString("OnDemandThroughput", "maxRead", maxReadRequestUnits, "maxWrite", maxWriteRequestUnits);
    }
}
