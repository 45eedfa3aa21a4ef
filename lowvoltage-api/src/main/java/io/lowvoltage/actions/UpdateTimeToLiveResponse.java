package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * What {@link UpdateTimeToLive} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTimeToLive.html#API_UpdateTimeToLive_ResponseSyntax">UpdateTimeToLive response</a>.
 * Immutable.
 */
public final class UpdateTimeToLiveResponse {
    private final TimeToLiveSpecification timeToLiveSpecification;

    private UpdateTimeToLiveResponse(TimeToLiveSpecification timeToLiveSpecification) {
        this.timeToLiveSpecification = timeToLiveSpecification;
    }

    static UpdateTimeToLiveResponse read(JsonParser parser) {
        TimeToLiveSpecification specification = null;
        for (String name = JsonReads.firstMember(parser); name != null; name = JsonReads.nextMember(parser)) {
            if (name.equals("TimeToLiveSpecification")) {
                specification = TimeToLiveSpecification.read(parser);
            } else {
                parser.skipChildren();
            }
        }
        return new UpdateTimeToLiveResponse(specification);
    }

    /** @return the setting as requested (API member {@code TimeToLiveSpecification}), or {@code null} */
    public TimeToLiveSpecification timeToLiveSpecification() {
        return timeToLiveSpecification;
    }

    @Override
    public String toString() {
        return "UpdateTimeToLiveResponse{" + timeToLiveSpecification + "}";
    }
}
