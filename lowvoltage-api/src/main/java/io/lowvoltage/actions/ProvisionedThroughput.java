package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import io.lowvoltage.internal.json.JsonWrites;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The read and write capacity provisioned for a table or global secondary index: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ProvisionedThroughput.html">ProvisionedThroughput</a>.
 * Immutable.
 *
 * <pre>{@code
 * ProvisionedThroughput.of(5, 5)
 * }</pre>
 */
public final class ProvisionedThroughput {
    private final long readCapacityUnits;
    private final long writeCapacityUnits;

    private ProvisionedThroughput(long readCapacityUnits, long writeCapacityUnits) {
        this.readCapacityUnits = readCapacityUnits;
        this.writeCapacityUnits = writeCapacityUnits;
    }

    /**
     * @param readCapacityUnits  strongly consistent reads per second (API member {@code ReadCapacityUnits})
     * @param writeCapacityUnits writes per second (API member {@code WriteCapacityUnits})
     * @return the throughput
     */
    public static ProvisionedThroughput of(long readCapacityUnits, long writeCapacityUnits) {
        return new ProvisionedThroughput(readCapacityUnits, writeCapacityUnits);
    }

    /** Reads the throughput a backup or an import records; a member DynamoDB left out reads as 0. */
    static ProvisionedThroughput read(JsonParser parser) {
        long read = 0;
        long write = 0;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "ReadCapacityUnits" -> read = JsonReads.longValue(parser);
                case "WriteCapacityUnits" -> write = JsonReads.longValue(parser);
                default -> parser.skipChildren();
            }
        }
        return new ProvisionedThroughput(read, write);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.number(generator, Members.READ_CAPACITY_UNITS, readCapacityUnits);
        JsonWrites.number(generator, Members.WRITE_CAPACITY_UNITS, writeCapacityUnits);
        generator.writeEndObject();
    }

    /** @return the read capacity units (API member {@code ReadCapacityUnits}) */
    public long readCapacityUnits() {
        return readCapacityUnits;
    }

    /** @return the write capacity units (API member {@code WriteCapacityUnits}) */
    public long writeCapacityUnits() {
        return writeCapacityUnits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProvisionedThroughput that && readCapacityUnits == that.readCapacityUnits
                && writeCapacityUnits == that.writeCapacityUnits;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(readCapacityUnits) * 31 + Long.hashCode(writeCapacityUnits);
    }

    @Override
    public String toString() {
        return "ProvisionedThroughput{read=" + readCapacityUnits + ", write=" + writeCapacityUnits + "}";
    }
}
