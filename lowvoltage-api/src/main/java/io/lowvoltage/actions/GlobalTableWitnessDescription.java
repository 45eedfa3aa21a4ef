package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * A witness region of a multi-Region strongly consistent global table: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GlobalTableWitnessDescription.html">GlobalTableWitnessDescription</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class GlobalTableWitnessDescription {
    private final String regionName;
    private final WitnessStatus witnessStatus;

    private GlobalTableWitnessDescription(String regionName, WitnessStatus witnessStatus) {
        this.regionName = regionName;
        this.witnessStatus = witnessStatus;
    }

    static GlobalTableWitnessDescription read(JsonParser parser) {
        String regionName = null;
        WitnessStatus witnessStatus = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "RegionName" -> regionName = JsonReads.string(parser);
                case "WitnessStatus" -> witnessStatus = Enums.read(parser, WitnessStatus.class);
                default -> parser.skipChildren();
            }
        }
        return new GlobalTableWitnessDescription(regionName, witnessStatus);
    }

    /** @return the witness region (API member {@code RegionName}), or {@code null} */
    public String regionName() {
        return regionName;
    }

    /** @return the state of the witness (API member {@code WitnessStatus}), or {@code null} */
    public WitnessStatus witnessStatus() {
        return witnessStatus;
    }

    @Override
    public String toString() {
        return Shapes.toString("GlobalTableWitnessDescription", "regionName", regionName, "witnessStatus",
                witnessStatus);
    }
}
