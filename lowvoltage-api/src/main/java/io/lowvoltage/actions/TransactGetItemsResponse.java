package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link TransactGetItems} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactGetItems.html#API_TransactGetItems_ResponseSyntax">TransactGetItems response</a>.
 * Immutable. {@link #responses()} has one entry per item of the request, in order, {@code null} where no item
 * has the key.
 */
public final class TransactGetItemsResponse extends ItemResponses {
    TransactGetItemsResponse(JsonParser parser) {
        super(parser);
    }
}
