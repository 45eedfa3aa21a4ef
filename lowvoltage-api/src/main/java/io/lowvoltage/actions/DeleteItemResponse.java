package io.lowvoltage.actions;

import io.lowvoltage.Item;
import tools.jackson.core.JsonParser;

/**
 * What {@link DeleteItem} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html#API_DeleteItem_ResponseSyntax">DeleteItem response</a>.
 * Immutable.
 */
public final class DeleteItemResponse {
    private final WriteOutput output;

    private DeleteItemResponse(WriteOutput output) {
        this.output = output;
    }

    static DeleteItemResponse read(JsonParser parser) {
        return new DeleteItemResponse(WriteOutput.read(parser));
    }

    /**
     * @return the item as it was before the delete, when the request asked with
     *         {@code ReturnValues=ALL_OLD} and the item existed (API member {@code Attributes});
     *         {@code null} when DynamoDB returned none
     */
    public Item attributes() {
        return output.attributes();
    }

    /** @return the capacity consumed, when the request asked for it; else {@code null} */
    public ConsumedCapacity consumedCapacity() {
        return output.consumedCapacity();
    }

    /**
     * @return the size of the item collection written to, when the request asked for it and the table has a
     *         local secondary index; else {@code null}
     */
    public ItemCollectionMetrics itemCollectionMetrics() {
        return output.itemCollectionMetrics();
    }

    @Override
    public String toString() {
        return output.describe("DeleteItemResponse");
    }
}
