package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link PutItem} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html#API_PutItem_ResponseSyntax">PutItem response</a>.
 * Immutable.
 */
public final class PutItemResponse extends ItemWriteResponse {
    private PutItemResponse(JsonParser parser) {
        super(parser);
    }

    static PutItemResponse read(JsonParser parser) {
        return new PutItemResponse(parser);
    }
}
