package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link ExecuteTransaction} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExecuteTransaction.html#API_ExecuteTransaction_ResponseSyntax">ExecuteTransaction response</a>.
 * Immutable. {@link #responses()} has one entry per statement of the request, in order: the item a
 * {@code SELECT} read, {@code null} for a write or a key with no item.
 */
public final class ExecuteTransactionResponse extends ItemResponses {
    ExecuteTransactionResponse(JsonParser parser) {
        super(parser);
    }
}
