package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link UpdateTable} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTable.html#API_UpdateTable_ResponseSyntax">UpdateTable response</a>.
 * Immutable.
 */
public final class UpdateTableResponse extends TableDescriptionResponse {
    private UpdateTableResponse(JsonParser parser) {
        super(parser);
    }

    static UpdateTableResponse read(JsonParser parser) {
        return new UpdateTableResponse(parser);
    }
}
