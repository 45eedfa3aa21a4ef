package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link ImportTable} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ImportTable.html#API_ImportTable_ResponseSyntax">ImportTable response</a>.
 * Immutable.
 */
public final class ImportTableResponse extends ImportTableDescriptionResponse {
    private ImportTableResponse(JsonParser parser) {
        super(parser);
    }

    static ImportTableResponse read(JsonParser parser) {
        return new ImportTableResponse(parser);
    }
}
