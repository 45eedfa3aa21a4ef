package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link DeleteResourcePolicy} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteResourcePolicy.html#API_DeleteResourcePolicy_ResponseSyntax">DeleteResourcePolicy response</a>.
 * Immutable.
 */
public final class DeleteResourcePolicyResponse extends PolicyRevisionResponse {
    private DeleteResourcePolicyResponse(JsonParser parser) {
        super(parser);
    }

    static DeleteResourcePolicyResponse read(JsonParser parser) {
        return new DeleteResourcePolicyResponse(parser);
    }
}
