package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * The one response member that {@link CreateGlobalTableResponse}, {@link DescribeGlobalTableResponse} and {@link
 * UpdateGlobalTableResponse} have: the global table's description. Immutable.
 */
abstract class GlobalTableDescriptionResponse {
    private final GlobalTableDescription globalTableDescription;

    /** Reads the response body in one pass. */
    GlobalTableDescriptionResponse(JsonParser parser) {
        GlobalTableDescription globalTableDescription = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            if (member.equals("GlobalTableDescription")) {
                globalTableDescription = GlobalTableDescription.read(parser);
            } else {
                parser.skipChildren();
            }
        }
        this.globalTableDescription = globalTableDescription;
    }

    /**
     * @return the global table and its replicas (API member {@code GlobalTableDescription}), or {@code null} if
     *         DynamoDB left it out
     */
    public GlobalTableDescription globalTableDescription() {
        return globalTableDescription;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{" + globalTableDescription + "}";
    }
}
