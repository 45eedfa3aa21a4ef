package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * What {@link CreateTable} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html#API_CreateTable_ResponseSyntax">CreateTable response</a>.
 * Immutable.
 */
public final class CreateTableResponse {
    private final TableDescription tableDescription;

    private CreateTableResponse(TableDescription tableDescription) {
        this.tableDescription = tableDescription;
    }

    static CreateTableResponse read(JsonParser parser) {
        TableDescription tableDescription = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            if (member.equals("TableDescription")) {
                tableDescription = TableDescription.read(parser);
            } else {
                parser.skipChildren();
            }
        }
        return new CreateTableResponse(tableDescription);
    }

    /** @return the table as created, usually {@code CREATING} (API member {@code TableDescription}), or {@code null} if DynamoDB left it out */
    public TableDescription tableDescription() {
        return tableDescription;
    }

    @Override
    public String toString() {
        return "CreateTableResponse{" + tableDescription + "}";
    }
}
