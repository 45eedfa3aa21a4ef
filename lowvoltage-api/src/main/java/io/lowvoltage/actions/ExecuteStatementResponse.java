package io.lowvoltage.actions;

import io.lowvoltage.Item;
import io.lowvoltage.internal.json.AttributeValues;
import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * What {@link ExecuteStatement} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExecuteStatement.html#API_ExecuteStatement_ResponseSyntax">ExecuteStatement response</a>.
 * Immutable; a value DynamoDB did not send is {@code null}, the items are empty.
 */
public final class ExecuteStatementResponse {
    private final List<Item> items;
    private final String nextToken;
    private final ConsumedCapacity consumedCapacity;
    private final Item lastEvaluatedKey;

    private ExecuteStatementResponse(List<Item> items, String nextToken, ConsumedCapacity consumedCapacity,
            Item lastEvaluatedKey) {
        this.items = items;
        this.nextToken = nextToken;
        this.consumedCapacity = consumedCapacity;
        this.lastEvaluatedKey = lastEvaluatedKey;
    }

    static ExecuteStatementResponse read(JsonParser parser) {
        List<Item> items = List.of();
        String nextToken = null;
        ConsumedCapacity consumedCapacity = null;
        Item lastEvaluatedKey = null;
        for (String name = JsonReads.firstMember(parser); name != null; name = JsonReads.nextMember(parser)) {
            switch (name) {
                case "Items" -> items = JsonReads.list(parser, AttributeValues::readItem);
                case "NextToken" -> nextToken = JsonReads.string(parser);
                case "ConsumedCapacity" -> consumedCapacity = ConsumedCapacity.read(parser);
                case "LastEvaluatedKey" -> lastEvaluatedKey = AttributeValues.readItem(parser);
                default -> parser.skipChildren();
            }
        }
        return new ExecuteStatementResponse(items, nextToken, consumedCapacity, lastEvaluatedKey);
    }

    /**
     * @return the items a read returned (API member {@code Items}); unmodifiable, empty for a write or when none
     *         matched
     */
    public List<Item> items() {
        return items;
    }

    /**
     * @return where the next page starts, for {@link ExecuteStatement#nextToken(String)} (API member
     *         {@code NextToken}); {@code null} on the last page
     */
    public String nextToken() {
        return nextToken;
    }

    /** @return the capacity consumed, when the request asked for it; else {@code null} */
    public ConsumedCapacity consumedCapacity() {
        return consumedCapacity;
    }

    /**
     * @return the primary key of the last item evaluated (API member {@code LastEvaluatedKey}), or {@code null}
     */
    public Item lastEvaluatedKey() {
        return lastEvaluatedKey;
    }

    @Override
    public String toString() {
        return Shapes.toString("ExecuteStatementResponse", "items", items, "nextToken", nextToken,
                "consumedCapacity", consumedCapacity, "lastEvaluatedKey", lastEvaluatedKey);
    }
}
