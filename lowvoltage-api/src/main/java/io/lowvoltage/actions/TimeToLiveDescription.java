package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * The time-to-live setting of a table: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TimeToLiveDescription.html">TimeToLiveDescription</a>.
 * Immutable; a value DynamoDB did not send is {@code null}.
 */
public final class TimeToLiveDescription {
    private final TimeToLiveStatus timeToLiveStatus;
    private final String attributeName;

    private TimeToLiveDescription(TimeToLiveStatus timeToLiveStatus, String attributeName) {
        this.timeToLiveStatus = timeToLiveStatus;
        this.attributeName = attributeName;
    }

    static TimeToLiveDescription read(JsonParser parser) {
        TimeToLiveStatus status = null;
        String attributeName = null;
        for (String name = JsonReads.firstMember(parser); name != null; name = JsonReads.nextMember(parser)) {
            switch (name) {
                case "TimeToLiveStatus" -> status = Enums.read(parser, TimeToLiveStatus.class);
                case "AttributeName" -> attributeName = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new TimeToLiveDescription(status, attributeName);
    }

    /** @return whether the table expires items (API member {@code TimeToLiveStatus}) */
    public TimeToLiveStatus timeToLiveStatus() {
        return timeToLiveStatus;
    }

    /**
     * @return the attribute holding each item's expiry in epoch seconds (API member {@code AttributeName}), or
     *         {@code null} when none is set
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
