package io.lowvoltage.actions;

import io.lowvoltage.Item;
import io.lowvoltage.internal.json.AttributeValues;
import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * Why one statement of a {@link BatchExecuteStatement} failed: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchStatementError.html">BatchStatementError</a>.
 * Immutable; a value DynamoDB did not send is {@code null}.
 */
public final class BatchStatementError {
    private final BatchStatementErrorCodeEnum code;
    private final String message;
    private final Item item;

    private BatchStatementError(BatchStatementErrorCodeEnum code, String message, Item item) {
        this.code = code;
        this.message = message;
        this.item = item;
    }

    static BatchStatementError read(JsonParser parser) {
        BatchStatementErrorCodeEnum code = null;
        String message = null;
        Item item = null;
        for (String name = JsonReads.firstMember(parser); name != null; name = JsonReads.nextMember(parser)) {
            switch (name) {
                case "Code" -> code = Enums.read(parser, BatchStatementErrorCodeEnum.class);
                case "Message" -> message = JsonReads.string(parser);
                case "Item" -> item = AttributeValues.readItem(parser);
                default -> parser.skipChildren();
            }
        }
        return new BatchStatementError(code, message, item);
    }

    /** @return what went wrong (API member {@code Code}) */
    public BatchStatementErrorCodeEnum code() {
        return code;
    }

    /** @return the explanation (API member {@code Message}), or {@code null} */
    public String message() {
        return message;
    }

    /**
     * @return the item as it was, when the statement failed its condition and asked for it with
     *         {@code ReturnValuesOnConditionCheckFailure} (API member {@code Item}); else {@code null}
     */
    public Item item() {
        return item;
    }

    @Override
    public String toString() {
        return Shapes.toString("BatchStatementError", "code", code, "message", message, "item", item);
    }
}
