package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link UpdateItem} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html#API_UpdateItem_ResponseSyntax">UpdateItem response</a>.
 * Immutable.
 */
public final class UpdateItemResponse extends ItemWriteResponse {
    private UpdateItemResponse(JsonParser parser) {
        super(parser);
    }

    static UpdateItemResponse read(JsonParser parser) {
        return new UpdateItemResponse(parser);
    }
}
