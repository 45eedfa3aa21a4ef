package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * The warm throughput of a global secondary index and its state: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GlobalSecondaryIndexWarmThroughputDescription.html">GlobalSecondaryIndexWarmThroughputDescription</a>.
 * Immutable; a value DynamoDB did not report is {@code null}.
 */
public final class GlobalSecondaryIndexWarmThroughputDescription {
    private final Long readUnitsPerSecond;
    private final Long writeUnitsPerSecond;
    private final IndexStatus status;

    private GlobalSecondaryIndexWarmThroughputDescription(Long readUnitsPerSecond, Long writeUnitsPerSecond,
            IndexStatus status) {
        this.readUnitsPerSecond = readUnitsPerSecond;
        this.writeUnitsPerSecond = writeUnitsPerSecond;
        this.status = status;
    }

    static GlobalSecondaryIndexWarmThroughputDescription read(JsonParser parser) {
        Long read = null;
        Long write = null;
        IndexStatus status = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "ReadUnitsPerSecond" -> read = JsonReads.longValue(parser);
                case "WriteUnitsPerSecond" -> write = JsonReads.longValue(parser);
                case "Status" -> status = Enums.read(parser, IndexStatus.class);
                default -> parser.skipChildren();
            }
        }
        return new GlobalSecondaryIndexWarmThroughputDescription(read, write, status);
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
    public IndexStatus status() {
        return status;
    }

    @Override
    public String toString() {
        return Shapes.toString("GlobalSecondaryIndexWarmThroughputDescription", "read", readUnitsPerSecond, "write",
                writeUnitsPerSecond, "status", status);
    }
}
