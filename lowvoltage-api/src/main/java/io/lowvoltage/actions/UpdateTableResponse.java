package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * What {@link UpdateTable} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTable.html#API_UpdateTable_ResponseSyntax">UpdateTable response</a>.
 * Immutable.
 */
public final class UpdateTableResponse {
    private final TableDescription tableDescription;

    private UpdateTableResponse(TableDescription tableDescription) {
        this.tableDescription = tableDescription;
    }

    static UpdateTableResponse read(JsonParser parser) {
        TableDescription tableDescription = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            if (member.equals("TableDescription")) {
                tableDescription = TableDescription.read(parser);
            } else {
                parser.skipChildren();
            }
        }
        return new UpdateTableResponse(tableDescription);
    }

    /** @return the table as updated, usually {@code UPDATING} (API member {@code TableDescription}), or {@code null} if DynamoDB left it out */
    public TableDescription tableDescription() {
        return tableDescription;
    }

    @Override
    public String toString() {
        return "UpdateTableResponse{" + tableDescription + "}";
    }
}
