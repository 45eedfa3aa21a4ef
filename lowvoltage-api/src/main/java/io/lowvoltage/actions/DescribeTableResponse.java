package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * What {@link DescribeTable} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeTable.html#API_DescribeTable_ResponseSyntax">DescribeTable response</a>.
 * Immutable.
 */
public final class DescribeTableResponse {
    private final TableDescription table;

    private DescribeTableResponse(TableDescription table) {
        this.table = table;
    }

    static DescribeTableResponse read(JsonParser parser) {
        TableDescription table = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            if (member.equals("Table")) {
                table = TableDescription.read(parser);
            } else {
                parser.skipChildren();
            }
        }
        return new DescribeTableResponse(table);
    }

    /** @return the table (API member {@code Table}), or {@code null} if DynamoDB left it out */
    public TableDescription table() {
        return table;
    }

    @Override
    public String toString() {
        return "DescribeTableResponse{" + table + "}";
    }
}
