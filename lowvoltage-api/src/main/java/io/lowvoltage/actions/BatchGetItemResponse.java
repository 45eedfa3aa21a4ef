package io.lowvoltage.actions;

import io.lowvoltage.Item;
import io.lowvoltage.internal.json.AttributeValues;
import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;

/**
 * What {@link BatchGetItem} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchGetItem.html#API_BatchGetItem_ResponseSyntax">BatchGetItem response</a>.
 * Immutable; maps keep the order DynamoDB sent, and are empty when DynamoDB sent nothing.
 *
 * <p>The items of a table come back in no particular order, and the keys DynamoDB did not get to are in
 * {@link #unprocessedKeys()}: resubmit them with {@link BatchGetItem#retryOf(BatchGetItemResponse)}.
 */
public final class BatchGetItemResponse {
    private final Map<String, List<Item>> responses;
    private final Map<String, KeysAndAttributes> unprocessedKeys;
    private final List<ConsumedCapacity> consumedCapacity;

    private BatchGetItemResponse(Map<String, List<Item>> responses, Map<String, KeysAndAttributes> unprocessedKeys,
            List<ConsumedCapacity> consumedCapacity) {
        this.responses = responses;
        this.unprocessedKeys = unprocessedKeys;
        this.consumedCapacity = consumedCapacity;
    }

    static BatchGetItemResponse read(JsonParser parser) {
        Map<String, List<Item>> responses = Map.of();
        Map<String, KeysAndAttributes> unprocessedKeys = Map.of();
        List<ConsumedCapacity> consumedCapacity = List.of();
        for (String name = JsonReads.firstMember(parser); name != null; name = JsonReads.nextMember(parser)) {
            switch (name) {
                case "Responses" -> responses = JsonReads.map(parser,
                        items -> JsonReads.list(items, AttributeValues::readItem));
                case "UnprocessedKeys" -> unprocessedKeys = JsonReads.map(parser, KeysAndAttributes::read);
                case "ConsumedCapacity" -> consumedCapacity = JsonReads.list(parser, ConsumedCapacity::read);
                default -> parser.skipChildren();
            }
        }
        return new BatchGetItemResponse(responses, unprocessedKeys, consumedCapacity);
    }

    /** @return the items read, by table name or ARN as requested (API member {@code Responses}) */
    public Map<String, List<Item>> responses() {
        return responses;
    }

    /**
     * @param tableName a table's name or ARN, as requested
     * @return the items read from that table, in no particular order; empty when none
     */
    public List<Item> items(String tableName) {
        return responses.getOrDefault(tableName, List.of());
    }

    /**
     * @return the keys not read this time, by table, with how to read them (API member {@code UnprocessedKeys});
     *         empty when every key was processed
     */
    public Map<String, KeysAndAttributes> unprocessedKeys() {
        return unprocessedKeys;
    }

    /** @return whether some keys were left unprocessed */
    public boolean hasUnprocessedKeys() {
        return !unprocessedKeys.isEmpty();
    }

    /** @return the capacity consumed on each table, when the request asked for it; else empty */
    public List<ConsumedCapacity> consumedCapacity() {
        return consumedCapacity;
    }

    @Override
    public String toString() {
        return "BatchGetItemResponse{responses=" + responses
                + (unprocessedKeys.isEmpty() ? "" : ", unprocessedKeys=" + unprocessedKeys)
                + (consumedCapacity.isEmpty() ? "" : ", consumedCapacity=" + consumedCapacity) + "}";
    }
}
