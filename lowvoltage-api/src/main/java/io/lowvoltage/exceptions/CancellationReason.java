package io.lowvoltage.exceptions;

import io.lowvoltage.Item;
import java.util.Objects;

/**
 * Why one item of a cancelled transaction failed: a code such as {@code ConditionalCheckFailed} or
 * {@code None} for the items that did not cause the cancellation, a message, and the item when asked for.
 * Immutable.
 */
public final class CancellationReason {
    private final String code;
    private final String message;
    private final Item item;

    /**
     * @param code    the reason code, such as {@code ConditionalCheckFailed}, or {@code None}
     * @param message the message, empty when none
     * @param item    the item, empty unless ReturnValuesOnConditionCheckFailure asked for it
     */
    public CancellationReason(String code, String message, Item item) {
        this.code = Objects.requireNonNull(code, "code");
        this.message = Objects.requireNonNull(message, "message");
        this.item = Objects.requireNonNull(item, "item");
    }

    /** @return the reason code, such as {@code ConditionalCheckFailed}, or {@code None} */
    public String code() {
        return code;
    }

    /** @return the message, empty when none */
    public String message() {
        return message;
    }

    /** @return the item as it was, empty unless asked for */
    public Item item() {
        return item;
    }

    @Override
    public String toString() {
        return code + (message.isEmpty() ? "" : ": " + message);
    }
}
