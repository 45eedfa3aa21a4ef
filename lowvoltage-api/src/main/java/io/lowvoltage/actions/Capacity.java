package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.math.BigDecimal;
import java.util.Objects;
import tools.jackson.core.JsonParser;

/**
 * Capacity units consumed on one table or index: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Capacity.html">Capacity</a>.
 * Immutable; each value is {@code null} when DynamoDB did not report it.
 */
public final class Capacity {
    private final BigDecimal readCapacityUnits;
    private final BigDecimal writeCapacityUnits;
    private final BigDecimal capacityUnits;

    private Capacity(BigDecimal readCapacityUnits, BigDecimal writeCapacityUnits, BigDecimal capacityUnits) {
        this.readCapacityUnits = readCapacityUnits;
        this.writeCapacityUnits = writeCapacityUnits;
        this.capacityUnits = capacityUnits;
    }

    static Capacity read(JsonParser parser) {
        BigDecimal read = null;
        BigDecimal write = null;
        BigDecimal total = null;
        for (String name = JsonReads.firstMember(parser); name != null; name = JsonReads.nextMember(parser)) {
            switch (name) {
                case "ReadCapacityUnits" -> read = JsonReads.decimal(parser);
                case "WriteCapacityUnits" -> write = JsonReads.decimal(parser);
                case "CapacityUnits" -> total = JsonReads.decimal(parser);
                default -> parser.skipChildren();
            }
        }
        return new Capacity(read, write, total);
    }

    /** @return the read capacity units consumed, or {@code null} */
    public BigDecimal readCapacityUnits() {
        return readCapacityUnits;
    }

    /** @return the write capacity units consumed, or {@code null} */
    public BigDecimal writeCapacityUnits() {
        return writeCapacityUnits;
    }

    /** @return the capacity units consumed, read and write together, or {@code null} */
    public BigDecimal capacityUnits() {
        return capacityUnits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Capacity that
                && Objects.equals(readCapacityUnits, that.readCapacityUnits)
                && Objects.equals(writeCapacityUnits, that.writeCapacityUnits)
                && Objects.equals(capacityUnits, that.capacityUnits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(readCapacityUnits, writeCapacityUnits, capacityUnits);
    }

    @Override
    public String toString() {
        return "Capacity{read=" + readCapacityUnits + ", write=" + writeCapacityUnits + ", total=" + capacityUnits
                + "}";
    }
}
