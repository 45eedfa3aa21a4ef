package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.time.Instant;
import tools.jackson.core.JsonParser;

/**
 * The provisioned throughput of a table or global secondary index, with its recent changes: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ProvisionedThroughputDescription.html">ProvisionedThroughputDescription</a>.
 * Immutable; a value DynamoDB did not report is {@code null}.
 */
public final class ProvisionedThroughputDescription {
    private final Instant lastIncreaseDateTime;
    private final Instant lastDecreaseDateTime;
    private final Long numberOfDecreasesToday;
    private final Long readCapacityUnits;
    private final Long writeCapacityUnits;

    private ProvisionedThroughputDescription(Instant lastIncreaseDateTime, Instant lastDecreaseDateTime,
            Long numberOfDecreasesToday, Long readCapacityUnits, Long writeCapacityUnits) {
        this.lastIncreaseDateTime = lastIncreaseDateTime;
        this.lastDecreaseDateTime = lastDecreaseDateTime;
        this.numberOfDecreasesToday = numberOfDecreasesToday;
        this.readCapacityUnits = readCapacityUnits;
        this.writeCapacityUnits = writeCapacityUnits;
    }

    static ProvisionedThroughputDescription read(JsonParser parser) {
        Instant increase = null;
        Instant decrease = null;
        Long decreases = null;
        Long read = null;
        Long write = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "LastIncreaseDateTime" -> increase = JsonReads.instant(parser);
                case "LastDecreaseDateTime" -> decrease = JsonReads.instant(parser);
                case "NumberOfDecreasesToday" -> decreases = JsonReads.longValue(parser);
                case "ReadCapacityUnits" -> read = JsonReads.longValue(parser);
                case "WriteCapacityUnits" -> write = JsonReads.longValue(parser);
                default -> parser.skipChildren();
            }
        }
        return new ProvisionedThroughputDescription(increase, decrease, decreases, read, write);
    }

    /** @return when the throughput was last increased (API member {@code LastIncreaseDateTime}), or {@code null} */
    public Instant lastIncreaseDateTime() {
        return lastIncreaseDateTime;
    }

    /** @return when the throughput was last decreased (API member {@code LastDecreaseDateTime}), or {@code null} */
    public Instant lastDecreaseDateTime() {
        return lastDecreaseDateTime;
    }

    /** @return how many decreases happened this UTC day (API member {@code NumberOfDecreasesToday}), or {@code null} */
    public Long numberOfDecreasesToday() {
        return numberOfDecreasesToday;
    }

    /** @return the provisioned read capacity units (API member {@code ReadCapacityUnits}); 0 when on demand */
    public Long readCapacityUnits() {
        return readCapacityUnits;
    }

    /** @return the provisioned write capacity units (API member {@code WriteCapacityUnits}); 0 when on demand */
    public Long writeCapacityUnits() {
        return writeCapacityUnits;
    }

    @Override
    public String toString() {
        return Shapes.toString("ProvisionedThroughputDescription", "read", readCapacityUnits,
                "write", writeCapacityUnits, "lastIncrease", lastIncreaseDateTime,
                "lastDecrease", lastDecreaseDateTime, "decreasesToday", numberOfDecreasesToday);
    }
}
