package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;

/**
 * What {@link BatchWriteItem} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html#API_BatchWriteItem_ResponseSyntax">BatchWriteItem response</a>.
 * Immutable; maps keep the order DynamoDB sent, and are empty when DynamoDB sent nothing.
 *
 * <p>The puts and deletes DynamoDB did not get to are in {@link #unprocessedItems()}: resubmit them with
 * {@link BatchWriteItem#retryOf(BatchWriteItemResponse)}.
 */
public final class BatchWriteItemResponse {
    private final Map<String, List<WriteRequest>> unprocessedItems;
    private final Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics;
    private final List<ConsumedCapacity> consumedCapacity;

    private BatchWriteItemResponse(Map<String, List<WriteRequest>> unprocessedItems,
            Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics, List<ConsumedCapacity> consumedCapacity) {
        this.unprocessedItems = unprocessedItems;
        this.itemCollectionMetrics = itemCollectionMetrics;
        this.consumedCapacity = consumedCapacity;
    }

    static BatchWriteItemResponse read(JsonParser parser) {
        Map<String, List<WriteRequest>> unprocessedItems = Map.of();
        Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics = Map.of();
        List<ConsumedCapacity> consumedCapacity = List.of();
        for (String name = JsonReads.firstMember(parser); name != null; name = JsonReads.nextMember(parser)) {
            switch (name) {
                case "UnprocessedItems" -> unprocessedItems = JsonReads.map(parser,
                        requests -> JsonReads.list(requests, WriteRequest::read));
                case "ItemCollectionMetrics" -> itemCollectionMetrics = JsonReads.map(parser,
                        metrics -> JsonReads.list(metrics, ItemCollectionMetrics::read));
                case "ConsumedCapacity" -> consumedCapacity = JsonReads.list(parser, ConsumedCapacity::read);
                default -> parser.skipChildren();
            }
        }
        return new BatchWriteItemResponse(unprocessedItems, itemCollectionMetrics, consumedCapacity);
    }

    /**
     * @return the puts and deletes not done this time, by table (API member {@code UnprocessedItems}); empty when
     *         every request was processed
     */
    public Map<String, List<WriteRequest>> unprocessedItems() {
        return unprocessedItems;
    }

    /** @return whether some puts or deletes were left unprocessed */
    public boolean hasUnprocessedItems() {
        return !unprocessedItems.isEmpty();
    }

    /**
     * @return the size of each item collection written, by table, when the request asked for it and the table has
     *         local secondary indexes (API member {@code ItemCollectionMetrics}); else empty
     */
    public Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics() {
        return itemCollectionMetrics;
    }

    /** @return the capacity consumed on each table, when the request asked for it; else empty */
    public List<ConsumedCapacity> consumedCapacity() {
        return consumedCapacity;
    }

    @Override
    public String toString() {
        return "BatchWriteItemResponse{unprocessedItems=" + unprocessedItems
                + (itemCollectionMetrics.isEmpty() ? "" : ", itemCollectionMetrics=" + itemCollectionMetrics)
                + (consumedCapacity.isEmpty() ? "" : ", consumedCapacity=" + consumedCapacity) + "}";
    }
}
