package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link DeleteItem} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html#API_DeleteItem_ResponseSyntax">DeleteItem response</a>.
 * Immutable.
 */
public final class DeleteItemResponse extends ItemWriteResponse {
    private DeleteItemResponse(JsonParser parser) {
        super(parser);
    }

    static DeleteItemResponse read(JsonParser parser) {
        return new DeleteItemResponse(parser);
    }
}
