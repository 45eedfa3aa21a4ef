package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * What {@link ListTables} returns, one page of table names: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListTables.html#API_ListTables_ResponseSyntax">ListTables response</a>.
 * Immutable.
 */
public final class ListTablesResponse {
    private final List<String> tableNames;
    private final String lastEvaluatedTableName;

    private ListTablesResponse(List<String> tableNames, String lastEvaluatedTableName) {
        this.tableNames = tableNames;
        this.lastEvaluatedTableName = lastEvaluatedTableName;
    }

    static ListTablesResponse read(JsonParser parser) {
        List<String> names = List.of();
        String last = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "TableNames" -> names = JsonReads.list(parser, JsonReads::string);
                case "LastEvaluatedTableName" -> last = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new ListTablesResponse(names, last);
    }

    /** @return the table names of this page, in order (API member {@code TableNames}) */
    public List<String> tableNames() {
        return tableNames;
    }

    /**
     * @return the name to pass to {@link ListTables#exclusiveStartTableName(String)} for the next page (API member
     *         {@code LastEvaluatedTableName}), or {@code null} on the last page
     */
    public String lastEvaluatedTableName() {
        return lastEvaluatedTableName;
    }

    /** @return whether there may be more pages: DynamoDB returned a {@code LastEvaluatedTableName} */
    public boolean hasMorePages() {
        return lastEvaluatedTableName != null;
    }

    @Override
    public String toString() {
        return "ListTablesResponse{tableNames=" + tableNames
                + (lastEvaluatedTableName == null ? "" : ", lastEvaluatedTableName=" + lastEvaluatedTableName) + "}";
    }
}
