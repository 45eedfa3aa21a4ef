package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * The time to live settings of a table: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TimeToLiveDescription.html">TimeToLiveDescription</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class TimeToLiveDescription {
    private final TimeToLiveStatus timeToLiveStatus;
    private final String attributeName;

    private TimeToLiveDescription(TimeToLiveStatus timeToLiveStatus, String attributeName) {
        this.timeToLiveStatus = timeToLiveStatus;
        this.attributeName = attributeName;
    }

    static TimeToLiveDescription read(JsonParser parser) {
        TimeToLiveStatus timeToLiveStatus = null;
        String attributeName = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "TimeToLiveStatus" -> timeToLiveStatus = Enums.read(parser, TimeToLiveStatus.class);
                case "AttributeName" -> attributeName = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new TimeToLiveDescription(timeToLiveStatus, attributeName);
    }

    /** @return the TTL status for the table (API member {@code TimeToLiveStatus}), or {@code null} */
    public TimeToLiveStatus timeToLiveStatus() {
        return timeToLiveStatus;
    }

    /**
     * @return the name of the TTL attribute for items in the table (API member {@code AttributeName}), or {@code null}
     */
    public String attributeName() {
        return attributeName;
    }

    @Override
    public String toString() {
        return Shapes.toString("TimeToLiveDescription", "timeToLiveStatus", timeToLiveStatus, "attributeName",
                attributeName);
    }
}
