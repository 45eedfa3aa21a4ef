package io.lowvoltage.actions;

import io.lowvoltage.Item;
import io.lowvoltage.internal.json.AttributeValues;
import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * The outcome of one statement of a {@link BatchExecuteStatement}: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchStatementResponse.html">BatchStatementResponse</a>.
 * Immutable; a value DynamoDB did not send is {@code null}.
 */
public final class BatchStatementResponse {
    private final BatchStatementError error;
    private final String tableName;
    private final Item item;

    private BatchStatementResponse(BatchStatementError error, String tableName, Item item) {
        this.error = error;
        this.tableName = tableName;
        this.item = item;
    }

    static BatchStatementResponse read(JsonParser parser) {
        BatchStatementError error = null;
        String tableName = null;
        Item item = null;
        for (String name = JsonReads.firstMember(parser); name != null; name = JsonReads.nextMember(parser)) {
            switch (name) {
                case "Error" -> error = BatchStatementError.read(parser);
                case "TableName" -> tableName = JsonReads.string(parser);
                case "Item" -> item = AttributeValues.readItem(parser);
                default -> parser.skipChildren();
            }
        }
        return new BatchStatementResponse(error, tableName, item);
    }

    /** @return why the statement failed (API member {@code Error}), or {@code null} when it succeeded */
    public BatchStatementError error() {
        return error;
    }

    /** @return the table the statement ran on (API member {@code TableName}), or {@code null} */
    public String tableName() {
        return tableName;
    }

    /** @return the item a read returned (API member {@code Item}), or {@code null} */
    public Item item() {
        return item;
    }

    @Override
    public String toString() {
        return Shapes.toString("BatchStatementResponse", "tableName", tableName, "item", item, "error", error);
    }
}
