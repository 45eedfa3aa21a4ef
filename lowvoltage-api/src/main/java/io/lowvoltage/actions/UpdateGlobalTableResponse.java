package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link UpdateGlobalTable} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateGlobalTable.html#API_UpdateGlobalTable_ResponseSyntax">UpdateGlobalTable response</a>.
 * Immutable.
 */
public final class UpdateGlobalTableResponse extends GlobalTableDescriptionResponse {
    private UpdateGlobalTableResponse(JsonParser parser) {
        super(parser);
    }

    static UpdateGlobalTableResponse read(JsonParser parser) {
        return new UpdateGlobalTableResponse(parser);
    }
}
