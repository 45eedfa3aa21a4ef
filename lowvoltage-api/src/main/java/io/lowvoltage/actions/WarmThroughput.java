package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The reads and writes per second a table or global secondary index should be ready for at once: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_WarmThroughput.html">WarmThroughput</a>.
 * Immutable; an unset value is {@code null}.
 *
 * <pre>{@code
 * WarmThroughput.of(12000, 4000)
 * }</pre>
 */
public final class WarmThroughput {
    private final Long readUnitsPerSecond;
    private final Long writeUnitsPerSecond;

    private WarmThroughput(Long readUnitsPerSecond, Long writeUnitsPerSecond) {
        this.readUnitsPerSecond = readUnitsPerSecond;
        this.writeUnitsPerSecond = writeUnitsPerSecond;
    }

    /**
     * @param readUnitsPerSecond  read units per second (API member {@code ReadUnitsPerSecond})
     * @param writeUnitsPerSecond write units per second (API member {@code WriteUnitsPerSecond})
     * @return the warm throughput
     */
    public static WarmThroughput of(long readUnitsPerSecond, long writeUnitsPerSecond) {
        return new WarmThroughput(readUnitsPerSecond, writeUnitsPerSecond);
    }

    /**
     * @param readUnitsPerSecond read units per second (API member {@code ReadUnitsPerSecond})
     * @return the warm throughput, with no write value
     */
    public static WarmThroughput ofReadUnitsPerSecond(long readUnitsPerSecond) {
        return new WarmThroughput(readUnitsPerSecond, null);
    }

    /**
     * @param writeUnitsPerSecond write units per second (API member {@code WriteUnitsPerSecond})
     * @return the warm throughput, with no read value
     */
    public static WarmThroughput ofWriteUnitsPerSecond(long writeUnitsPerSecond) {
        return new WarmThroughput(null, writeUnitsPerSecond);
    }

    static WarmThroughput read(JsonParser parser) {
        Long read = null;
        Long write = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "ReadUnitsPerSecond" -> read = JsonReads.longValue(parser);
                case "WriteUnitsPerSecond" -> write = JsonReads.longValue(parser);
                default -> parser.skipChildren();
            }
        }
        return new WarmThroughput(read, write);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.number(generator, Members.READ_UNITS_PER_SECOND, readUnitsPerSecond);
        JsonWrites.number(generator, Members.WRITE_UNITS_PER_SECOND, writeUnitsPerSecond);
        generator.writeEndObject();
    }

    /** @return read units per second (API member {@code ReadUnitsPerSecond}), or {@code null} */
    public Long readUnitsPerSecond() {
        return readUnitsPerSecond;
    }

    /** @return write units per second (API member {@code WriteUnitsPerSecond}), or {@code null} */
    public Long writeUnitsPerSecond() {
        return writeUnitsPerSecond;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WarmThroughput that && Objects.equals(readUnitsPerSecond, that.readUnitsPerSecond)
                && Objects.equals(writeUnitsPerSecond, that.writeUnitsPerSecond);
    }

    @Override
    public int hashCode() {
        return Objects.hash(readUnitsPerSecond, writeUnitsPerSecond);
    }

    @Override
    public String toString() {
        return Shapes.toString("WarmThroughput", "read", readUnitsPerSecond, "write", writeUnitsPerSecond);
    }
}
