package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link DeleteTable} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteTable.html#API_DeleteTable_ResponseSyntax">DeleteTable response</a>.
 * Immutable.
 */
public final class DeleteTableResponse extends TableDescriptionResponse {
    private DeleteTableResponse(JsonParser parser) {
        super(parser);
    }

    static DeleteTableResponse read(JsonParser parser) {
        return new DeleteTableResponse(parser);
    }
}
