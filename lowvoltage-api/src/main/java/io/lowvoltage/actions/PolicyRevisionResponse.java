package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * The one response member that {@link PutResourcePolicyResponse} and {@link DeleteResourcePolicyResponse} have:
 * the policy's revision. Immutable.
 */
abstract class PolicyRevisionResponse {
    private final String revisionId;

    /** Reads the response body in one pass. */
    PolicyRevisionResponse(JsonParser parser) {
        String revisionId = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            if (member.equals("RevisionId")) {
                revisionId = JsonReads.string(parser);
            } else {
                parser.skipChildren();
            }
        }
        this.revisionId = revisionId;
    }

    /**
     * @return the policy's revision after the change, or the revision deleted (API member {@code RevisionId}),
     *         or {@code null}
     */
    public String revisionId() {
        return revisionId;
    }

    @Override
    public String toString() {
        return Shapes.toString(getClass().getSimpleName(), "revisionId", revisionId);
    }
}
