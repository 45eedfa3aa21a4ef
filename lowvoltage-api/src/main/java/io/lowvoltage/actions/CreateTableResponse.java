package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link CreateTable} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html#API_CreateTable_ResponseSyntax">CreateTable response</a>.
 * Immutable.
 */
public final class CreateTableResponse extends TableDescriptionResponse {
    private CreateTableResponse(JsonParser parser) {
        super(parser);
    }

    static CreateTableResponse read(JsonParser parser) {
        return new CreateTableResponse(parser);
    }
}
