package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * The warm throughput of a table and its state: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TableWarmThroughputDescription.html">TableWarmThroughputDescription</a>.
 * Immutable; a value DynamoDB did not report is {@code null}.
 */
public final class TableWarmThroughputDescription {
    private final Long readUnitsPerSecond;
    private final Long writeUnitsPerSecond;
    private final TableStatus status;

    private TableWarmThroughputDescription(Long readUnitsPerSecond, Long writeUnitsPerSecond, TableStatus status) {
        this.readUnitsPerSecond = readUnitsPerSecond;
        this.writeUnitsPerSecond = writeUnitsPerSecond;
        this.status = status;
    }

    static TableWarmThroughputDescription read(JsonParser parser) {
        Long read = null;
        Long write = null;
        TableStatus status = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "ReadUnitsPerSecond" -> read = JsonReads.longValue(parser);
                case "WriteUnitsPerSecond" -> write = JsonReads.longValue(parser);
                case "Status" -> status = Enums.read(parser, TableStatus.class);
                default -> parser.skipChildren();
            }
        }
        return new TableWarmThroughputDescription(read, write, status);
    }

    /** @return read units per second (API member {@code ReadUnitsPerSecond}), or {@code null} */
    public Long readUnitsPerSecond() {
        return readUnitsPerSecond;
    }

    /** @return write units per second (API member {@code WriteUnitsPerSecond}), or {@code null} */
    public Long writeUnitsPerSecond() {
        return writeUnitsPerSecond;
    }

    /** @return the state of the warm throughput (API member {@code Status}), or {@code null} */
    public TableStatus status() {
        return status;
    }

    @Override
    public String toString() {
        return Shapes.toString("TableWarmThroughputDescription", "read", readUnitsPerSecond, "write",
                writeUnitsPerSecond, "status", status);
    }
}
