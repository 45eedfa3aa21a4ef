package io.lowvoltage.actions;

import io.lowvoltage.Item;
import io.lowvoltage.internal.json.AttributeValues;
import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * What {@link GetItem} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html#API_GetItem_ResponseSyntax">GetItem response</a>.
 * Immutable.
 */
public final class GetItemResponse {
    private final Item item;
    private final ConsumedCapacity consumedCapacity;

    private GetItemResponse(Item item, ConsumedCapacity consumedCapacity) {
        this.item = item;
        this.consumedCapacity = consumedCapacity;
    }

    static GetItemResponse read(JsonParser parser) {
        Item item = null;
        ConsumedCapacity consumedCapacity = null;
        for (String name = JsonReads.firstMember(parser); name != null; name = JsonReads.nextMember(parser)) {
            switch (name) {
                case "Item" -> item = AttributeValues.readItem(parser);
                case "ConsumedCapacity" -> consumedCapacity = ConsumedCapacity.read(parser);
                default -> parser.skipChildren();
            }
        }
        return new GetItemResponse(item, consumedCapacity);
    }

    /** @return the item (API member {@code Item}), or {@code null} when no item has that key */
    public Item item() {
        return item;
    }

    /** @return the capacity consumed, when the request asked for it; else {@code null} */
    public ConsumedCapacity consumedCapacity() {
        return consumedCapacity;
    }

    @Override
    public String toString() {
        return "GetItemResponse{item=" + item + (consumedCapacity == null ? "" : ", " + consumedCapacity) + "}";
    }
}
