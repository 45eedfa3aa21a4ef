package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link UntagResource} returns: nothing but success (DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UntagResource.html#API_UntagResource_ResponseSyntax">UntagResource response</a>
 * has no members). Immutable.
 */
public final class UntagResourceResponse extends EmptyResponse {
    UntagResourceResponse(JsonParser parser) {
        super(parser);
    }
}
