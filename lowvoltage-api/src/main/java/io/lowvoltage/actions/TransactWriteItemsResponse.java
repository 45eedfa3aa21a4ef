package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;

/**
 * What {@link TransactWriteItems} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html#API_TransactWriteItems_ResponseSyntax">TransactWriteItems response</a>.
 * Immutable; lists and maps are empty when DynamoDB sent nothing.
 */
public final class TransactWriteItemsResponse {
    private final List<ConsumedCapacity> consumedCapacity;
    private final Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics;

    private TransactWriteItemsResponse(List<ConsumedCapacity> consumedCapacity,
            Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics) {
        this.consumedCapacity = consumedCapacity;
        this.itemCollectionMetrics = itemCollectionMetrics;
    }

    static TransactWriteItemsResponse read(JsonParser parser) {
        List<ConsumedCapacity> consumedCapacity = List.of();
        Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics = Map.of();
        for (String name = JsonReads.firstMember(parser); name != null; name = JsonReads.nextMember(parser)) {
            switch (name) {
                case "ConsumedCapacity" -> consumedCapacity = JsonReads.list(parser, ConsumedCapacity::read);
                case "ItemCollectionMetrics" -> itemCollectionMetrics = JsonReads.map(parser,
                        metrics -> JsonReads.list(metrics, ItemCollectionMetrics::read));
                default -> parser.skipChildren();
            }
        }
        return new TransactWriteItemsResponse(consumedCapacity, itemCollectionMetrics);
    }

    /** @return the capacity consumed on each table, when the request asked for it; else empty */
    public List<ConsumedCapacity> consumedCapacity() {
        return consumedCapacity;
    }

    /**
     * @return the size of each item collection written, by table, when the request asked for it and the table has
     *         local secondary indexes (API member {@code ItemCollectionMetrics}); else empty
     */
    public Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics() {
        return itemCollectionMetrics;
    }

    @Override
    public String toString() {
        return Shapes.toString("TransactWriteItemsResponse", "consumedCapacity", consumedCapacity,
                "itemCollectionMetrics", itemCollectionMetrics);
    }
}
