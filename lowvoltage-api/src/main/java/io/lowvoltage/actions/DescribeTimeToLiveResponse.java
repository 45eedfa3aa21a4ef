package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * What {@link DescribeTimeToLive} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeTimeToLive.html#API_DescribeTimeToLive_ResponseSyntax">DescribeTimeToLive response</a>.
 * Immutable.
 */
public final class DescribeTimeToLiveResponse {
    private final TimeToLiveDescription timeToLiveDescription;

    private DescribeTimeToLiveResponse(TimeToLiveDescription timeToLiveDescription) {
        this.timeToLiveDescription = timeToLiveDescription;
    }

    static DescribeTimeToLiveResponse read(JsonParser parser) {
        TimeToLiveDescription description = null;
        for (String name = JsonReads.firstMember(parser); name != null; name = JsonReads.nextMember(parser)) {
            if (name.equals("TimeToLiveDescription")) {
                description = TimeToLiveDescription.read(parser);
            } else {
                parser.skipChildren();
            }
        }
        return new DescribeTimeToLiveResponse(description);
    }

    /** @return the table's time-to-live setting (API member {@code TimeToLiveDescription}), or {@code null} */
    public TimeToLiveDescription timeToLiveDescription() {
        return timeToLiveDescription;
    }

    @Override
    public String toString() {
        return "DescribeTimeToLiveResponse{" + timeToLiveDescription + "}";
    }
}
