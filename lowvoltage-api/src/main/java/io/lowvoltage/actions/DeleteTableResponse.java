package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * What {@link DeleteTable} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteTable.html#API_DeleteTable_ResponseSyntax">DeleteTable response</a>.
 * Immutable.
 */
public final class DeleteTableResponse {
    private final TableDescription tableDescription;

    private DeleteTableResponse(TableDescription tableDescription) {
        this.tableDescription = tableDescription;
    }

    static DeleteTableResponse read(JsonParser parser) {
        TableDescription tableDescription = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            if (member.equals("TableDescription")) {
                tableDescription = TableDescription.read(parser);
            } else {
                parser.skipChildren();
            }
        }
        return new DeleteTableResponse(tableDescription);
    }

    /** @return the table as it was when deletion started, usually {@code DELETING} (API member {@code TableDescription}), or {@code null} if DynamoDB left it out */
    public TableDescription tableDescription() {
        return tableDescription;
    }

    @Override
    public String toString() {
        return "DeleteTableResponse{" + tableDescription + "}";
    }
}
