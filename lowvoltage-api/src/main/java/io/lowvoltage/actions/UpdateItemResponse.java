package io.lowvoltage.actions;

import io.lowvoltage.Item;
import tools.jackson.core.JsonParser;

/**
 * What {@link UpdateItem} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html#API_UpdateItem_ResponseSyntax">UpdateItem response</a>.
 * Immutable.
 */
public final class UpdateItemResponse {
    private final WriteOutput output;

    private UpdateItemResponse(WriteOutput output) {
        this.output = output;
    }

    static UpdateItemResponse read(JsonParser parser) {
        return new UpdateItemResponse(WriteOutput.read(parser));
    }

    /**
     * @return the attributes the request asked for with {@code ReturnValues}, as they
     *         were before or are after the update (API member {@code Attributes});
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
        return output.describe("UpdateItemResponse");
    }
}
