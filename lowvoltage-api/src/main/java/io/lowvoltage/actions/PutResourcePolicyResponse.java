package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link PutResourcePolicy} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutResourcePolicy.html#API_PutResourcePolicy_ResponseSyntax">PutResourcePolicy response</a>.
 * Immutable.
 */
public final class PutResourcePolicyResponse extends PolicyRevisionResponse {
    private PutResourcePolicyResponse(JsonParser parser) {
        super(parser);
    }

    static PutResourcePolicyResponse read(JsonParser parser) {
        return new PutResourcePolicyResponse(parser);
    }
}
