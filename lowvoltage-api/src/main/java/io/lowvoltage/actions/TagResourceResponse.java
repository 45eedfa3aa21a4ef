package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link TagResource} returns: nothing but success (DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TagResource.html#API_TagResource_ResponseSyntax">TagResource response</a>
 * has no members). Immutable.
 */
public final class TagResourceResponse extends EmptyResponse {
    TagResourceResponse(JsonParser parser) {
        super(parser);
    }
}
