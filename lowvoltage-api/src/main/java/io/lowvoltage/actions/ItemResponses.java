package io.lowvoltage.actions;

import io.lowvoltage.Item;
import io.lowvoltage.internal.json.AttributeValues;
import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * The response members that {@link TransactGetItemsResponse} and {@link ExecuteTransactionResponse} share, as
 * their output shapes have the same members: one {@code ItemResponse} per element of the request, and the
 * capacity consumed. Immutable.
 */
abstract class ItemResponses {
    private final List<Item> responses;
    private final List<ConsumedCapacity> consumedCapacity;

    /** Reads the response body in one pass. */
    ItemResponses(JsonParser parser) {
        List<Item> responses = List.of();
        List<ConsumedCapacity> consumedCapacity = List.of();
        for (String name = JsonReads.firstMember(parser); name != null; name = JsonReads.nextMember(parser)) {
            switch (name) {
                case "Responses" -> responses = JsonReads.list(parser, ItemResponses::readItemResponse);
                case "ConsumedCapacity" -> consumedCapacity = JsonReads.list(parser, ConsumedCapacity::read);
                default -> parser.skipChildren();
            }
        }
        this.responses = responses;
        this.consumedCapacity = consumedCapacity;
    }

    /** Reads an {@code ItemResponse}: its item, or {@code null} for {@code {}}. */
    private static Item readItemResponse(JsonParser parser) {
        Item item = null;
        for (String name = JsonReads.firstMember(parser); name != null; name = JsonReads.nextMember(parser)) {
            if (name.equals("Item")) {
                item = AttributeValues.readItem(parser);
            } else {
                parser.skipChildren();
            }
        }
        return item;
    }

    /**
     * @return the item read by each element of the request, in request order (API member {@code Responses},
     *         the {@code Item} of each {@code ItemResponse}); an entry is {@code null} when no item has that key
     *         or the element wrote rather than read. Unmodifiable; empty when DynamoDB sent none
     */
    public List<Item> responses() {
        return responses;
    }

    /** @return the capacity consumed on each table, when the request asked for it; else empty */
    public List<ConsumedCapacity> consumedCapacity() {
        return consumedCapacity;
    }

    @Override
    public String toString() {
        return Shapes.toString(getClass().getSimpleName(), "responses", responses, "consumedCapacity",
                consumedCapacity);
    }
}
