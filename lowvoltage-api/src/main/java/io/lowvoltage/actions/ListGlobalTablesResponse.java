package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * What {@link ListGlobalTables} returns, one page of global tables: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListGlobalTables.html#API_ListGlobalTables_ResponseSyntax">ListGlobalTables response</a>.
 * Immutable.
 */
public final class ListGlobalTablesResponse {
    private final List<GlobalTable> globalTables;
    private final String lastEvaluatedGlobalTableName;

    private ListGlobalTablesResponse(List<GlobalTable> globalTables, String lastEvaluatedGlobalTableName) {
        this.globalTables = globalTables;
        this.lastEvaluatedGlobalTableName = lastEvaluatedGlobalTableName;
    }

    static ListGlobalTablesResponse read(JsonParser parser) {
        List<GlobalTable> tables = List.of();
        String last = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "GlobalTables" -> tables = JsonReads.list(parser, GlobalTable::read);
                case "LastEvaluatedGlobalTableName" -> last = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new ListGlobalTablesResponse(tables, last);
    }

    /** @return the global tables of this page (API member {@code GlobalTables}) */
    public List<GlobalTable> globalTables() {
        return globalTables;
    }

    /**
     * @return the name to pass to {@link ListGlobalTables#exclusiveStartGlobalTableName(String)} for the next page
     *         (API member {@code LastEvaluatedGlobalTableName}), or {@code null} on the last page
     */
    public String lastEvaluatedGlobalTableName() {
        return lastEvaluatedGlobalTableName;
    }

    /** @return whether there may be more pages: DynamoDB returned a {@code LastEvaluatedGlobalTableName} */
    public boolean hasMorePages() {
        return lastEvaluatedGlobalTableName != null;
    }

    @Override
    public String toString() {
        return Shapes.toString("ListGlobalTablesResponse", "globalTables", globalTables,
                "lastEvaluatedGlobalTableName", lastEvaluatedGlobalTableName);
    }
}
