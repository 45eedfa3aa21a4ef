package io.lowvoltage.exceptions;

import io.lowvoltage.Item;
import java.util.Objects;

/**
 * DynamoDB error {@code ConditionalCheckFailedException}: the condition expression evaluated to false. When
 * the request asked for it ({@code ReturnValuesOnConditionCheckFailure=ALL_OLD}), {@link #item()} holds the
 * item as it was.
 */
public final class ConditionalCheckFailedException extends ClientException {
    /** The item as it was, empty unless asked for. */
    private final Item item;

    /**
     * @param error what DynamoDB said
     * @param item  the item as it was, empty when not asked for
     */
    public ConditionalCheckFailedException(ServiceError error, Item item) {
        super(error);
        this.item = Objects.requireNonNull(item, "item");
    }

    /** @return the item that failed the condition, empty unless ReturnValuesOnConditionCheckFailure asked */
    public Item item() {
        return item;
    }
}
