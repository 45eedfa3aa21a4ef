package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * The one response member that {@link CreateTableResponse}, {@link UpdateTableResponse},
 * {@link DeleteTableResponse}, {@link RestoreTableFromBackupResponse} and {@link RestoreTableToPointInTimeResponse}
 * have: the table's description. Immutable.
 */
abstract class TableDescriptionResponse {
    private final TableDescription tableDescription;

    /** Reads the response body in one pass. */
    TableDescriptionResponse(JsonParser parser) {
        TableDescription tableDescription = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            if (member.equals("TableDescription")) {
                tableDescription = TableDescription.read(parser);
            } else {
                parser.skipChildren();
            }
        }
        this.tableDescription = tableDescription;
    }

    /**
     * @return the table as the operation left it, usually {@code CREATING}, {@code UPDATING} or {@code DELETING}
     *         (API member {@code TableDescription}), or {@code null} if DynamoDB left it out
     */
    public TableDescription tableDescription() {
        return tableDescription;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{" + tableDescription + "}";
    }
}
