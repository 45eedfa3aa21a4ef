package io.lowvoltage.actions;

import io.lowvoltage.Item;
import tools.jackson.core.JsonParser;

/**
 * What {@link PutItem} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html#API_PutItem_ResponseSyntax">PutItem response</a>.
 * Immutable.
 */
public final class PutItemResponse {
    private final WriteOutput output;

    private PutItemResponse(WriteOutput output) {
        this.output = output;
    }

    static PutItemResponse read(JsonParser parser) {
        return new PutItemResponse(WriteOutput.read(parser));
    }

    /**
     * @return the item as it was before the write, when the request asked with
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
        return output.describe("PutItemResponse");
    }
}
