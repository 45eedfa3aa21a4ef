package io.lowvoltage.actions;

import io.lowvoltage.Item;
import io.lowvoltage.internal.json.AttributeValues;
import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * The response members that {@link PutItemResponse}, {@link DeleteItemResponse} and {@link UpdateItemResponse}
 * share, as their output shapes have the same members. Immutable.
 */
abstract class ItemWriteResponse {
    private final Item attributes;
    private final ConsumedCapacity consumedCapacity;
    private final ItemCollectionMetrics itemCollectionMetrics;

    /** Reads the response body in one pass. */
    ItemWriteResponse(JsonParser parser) {
        Item attributes = null;
        ConsumedCapacity consumedCapacity = null;
        ItemCollectionMetrics itemCollectionMetrics = null;
        for (String name = JsonReads.firstMember(parser); name != null; name = JsonReads.nextMember(parser)) {
            switch (name) {
                case "Attributes" -> attributes = AttributeValues.readItem(parser);
                case "ConsumedCapacity" -> consumedCapacity = ConsumedCapacity.read(parser);
                case "ItemCollectionMetrics" -> itemCollectionMetrics = ItemCollectionMetrics.read(parser);
                default -> parser.skipChildren();
            }
        }
        this.attributes = attributes;
        this.consumedCapacity = consumedCapacity;
        this.itemCollectionMetrics = itemCollectionMetrics;
    }

    /**
     * @return the attributes the request asked for with {@code ReturnValues} (API member {@code Attributes}), as
     *         they were before the write ({@code ALL_OLD}, {@code UPDATED_OLD}) or are after it ({@code ALL_NEW},
     *         {@code UPDATED_NEW}); {@code null} when DynamoDB returned none
     */
    public Item attributes() {
        return attributes;
    }

    /** @return the capacity consumed, when the request asked for it; else {@code null} */
    public ConsumedCapacity consumedCapacity() {
        return consumedCapacity;
    }

    /**
     * @return the size of the item collection written to, when the request asked for it and the table has a
     *         local secondary index; else {@code null}
     */
    public ItemCollectionMetrics itemCollectionMetrics() {
        return itemCollectionMetrics;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{attributes=" + attributes
                + (consumedCapacity == null ? "" : ", " + consumedCapacity)
                + (itemCollectionMetrics == null ? "" : ", " + itemCollectionMetrics) + "}";
    }
}
