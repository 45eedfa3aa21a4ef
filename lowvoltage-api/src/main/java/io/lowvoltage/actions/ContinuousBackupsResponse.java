package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * The one response member that {@link DescribeContinuousBackupsResponse} and {@link UpdateContinuousBackupsResponse}
 * have: the continuous backups settings. Immutable.
 */
abstract class ContinuousBackupsResponse {
    private final ContinuousBackupsDescription continuousBackupsDescription;

    /** Reads the response body in one pass. */
    ContinuousBackupsResponse(JsonParser parser) {
        ContinuousBackupsDescription continuousBackupsDescription = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            if (member.equals("ContinuousBackupsDescription")) {
                continuousBackupsDescription = ContinuousBackupsDescription.read(parser);
            } else {
                parser.skipChildren();
            }
        }
        this.continuousBackupsDescription = continuousBackupsDescription;
    }

    /**
     * @return the continuous backups and point-in-time recovery settings (API member
     *         {@code ContinuousBackupsDescription}), or {@code null} if DynamoDB left it out
     */
    public ContinuousBackupsDescription continuousBackupsDescription() {
        return continuousBackupsDescription;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{" + continuousBackupsDescription + "}";
    }
}
