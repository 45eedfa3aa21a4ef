package io.lowvoltage.actions;

import io.lowvoltage.Item;
import io.lowvoltage.internal.json.AttributeValues;
import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * The members the responses of PutItem, DeleteItem and UpdateItem share, read in one pass.
 *
 * @param attributes            the returned attributes, or {@code null} when DynamoDB returned none
 * @param consumedCapacity      or {@code null}
 * @param itemCollectionMetrics or {@code null}
 */
record WriteOutput(Item attributes, ConsumedCapacity consumedCapacity, ItemCollectionMetrics itemCollectionMetrics) {
    static WriteOutput read(JsonParser parser) {
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
        return new WriteOutput(attributes, consumedCapacity, itemCollectionMetrics);
    }

    /** @return {@code Type{attributes=..., ...}}, leaving out what is absent */
    String describe(String type) {
        return type + "{attributes=" + attributes
                + (consumedCapacity == null ? "" : ", " + consumedCapacity)
                + (itemCollectionMetrics == null ? "" : ", " + itemCollectionMetrics) + "}";
    }
}
