package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link CreateGlobalTable} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateGlobalTable.html#API_CreateGlobalTable_ResponseSyntax">CreateGlobalTable response</a>.
 * Immutable.
 */
public final class CreateGlobalTableResponse extends GlobalTableDescriptionResponse {
    private CreateGlobalTableResponse(JsonParser parser) {
        super(parser);
    }

    static CreateGlobalTableResponse read(JsonParser parser) {
        return new CreateGlobalTableResponse(parser);
    }
}
