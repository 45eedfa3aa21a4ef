package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * What {@link GetResourcePolicy} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetResourcePolicy.html#API_GetResourcePolicy_ResponseSyntax">GetResourcePolicy response</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class GetResourcePolicyResponse {
    private final String policy;
    private final String revisionId;

    private GetResourcePolicyResponse(String policy, String revisionId) {
        this.policy = policy;
        this.revisionId = revisionId;
    }

    static GetResourcePolicyResponse read(JsonParser parser) {
        String policy = null;
        String revisionId = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "Policy" -> policy = JsonReads.string(parser);
                case "RevisionId" -> revisionId = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new GetResourcePolicyResponse(policy, revisionId);
    }

    /** @return the policy document, JSON (API member {@code Policy}), or {@code null} */
    public String policy() {
        return policy;
    }

    /** @return the policy's revision, to pass as the expected one to a later change (API member {@code RevisionId}), or {@code null} */
    public String revisionId() {
        return revisionId;
    }

    @Override
    public String toString() {
        return Shapes.toString("GetResourcePolicyResponse", "policy", policy, "revisionId", revisionId);
    }
}
