package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * The sequence numbers of a shard's records: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_SequenceNumberRange.html">SequenceNumberRange</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class SequenceNumberRange {
    private final String startingSequenceNumber;
    private final String endingSequenceNumber;

    private SequenceNumberRange(String startingSequenceNumber, String endingSequenceNumber) {
        this.startingSequenceNumber = startingSequenceNumber;
        this.endingSequenceNumber = endingSequenceNumber;
    }

    static SequenceNumberRange read(JsonParser parser) {
        String startingSequenceNumber = null;
        String endingSequenceNumber = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "StartingSequenceNumber" -> startingSequenceNumber = JsonReads.string(parser);
                case "EndingSequenceNumber" -> endingSequenceNumber = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new SequenceNumberRange(startingSequenceNumber, endingSequenceNumber);
    }

    /** @return the first sequence number (API member {@code StartingSequenceNumber}), or {@code null} */
    public String startingSequenceNumber() {
        return startingSequenceNumber;
    }

    /** @return the last sequence number; {@code null} while the shard is open (API member {@code EndingSequenceNumber}), or {@code null} */
    public String endingSequenceNumber() {
        return endingSequenceNumber;
    }

    @Override
    public String toString() {
        return Shapes.toString("SequenceNumberRange", "startingSequenceNumber", startingSequenceNumber,
                "endingSequenceNumber", endingSequenceNumber);
    }
}
