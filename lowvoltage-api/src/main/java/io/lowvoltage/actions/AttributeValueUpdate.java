package io.lowvoltage.actions;

import io.lowvoltage.internal.json.AttributeValues;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * A legacy change to one attribute, for the {@code AttributeUpdates} member of UpdateItem: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeValueUpdate.html">AttributeValueUpdate</a>.
 * Prefer an update expression in new code. Immutable.
 *
 * <pre>{@code
 * AttributeValueUpdate.put("x")             // set the attribute to "x"
 * AttributeValueUpdate.add(1)               // add 1 to a number, or elements to a set
 * AttributeValueUpdate.delete()             // remove the attribute
 * AttributeValueUpdate.delete(Set.of("a"))  // remove elements from a set
 * }</pre>
 * Values follow the attribute value mapping of {@link io.lowvoltage.Item}; a {@code null} value is NULL.
 */
public final class AttributeValueUpdate {
    private final boolean hasValue;
    private final Object value;
    private final AttributeAction action;

    private AttributeValueUpdate(boolean hasValue, Object value, AttributeAction action) {
        this.hasValue = hasValue;
        this.value = value;
        this.action = Objects.requireNonNull(action, "action");
    }

    /**
     * @param action what to do (API member {@code Action})
     * @param value  its operand (API member {@code Value}); {@code null} is NULL
     * @return the update
     */
    public static AttributeValueUpdate of(AttributeAction action, Object value) {
        return new AttributeValueUpdate(true, value, action);
    }

    /**
     * @param value the attribute's new value; {@code null} is NULL
     * @return the update with action {@code PUT}
     */
    public static AttributeValueUpdate put(Object value) {
        return of(AttributeAction.PUT, value);
    }

    /**
     * @param value a number to add to the attribute's number, or a set whose elements to add to its set
     * @return the update with action {@code ADD}
     */
    public static AttributeValueUpdate add(Object value) {
        return of(AttributeAction.ADD, value);
    }

    /** @return the update with action {@code DELETE} and no value: it removes the attribute */
    public static AttributeValueUpdate delete() {
        return new AttributeValueUpdate(false, null, AttributeAction.DELETE);
    }

    /**
     * @param value a set whose elements to remove from the attribute's set
     * @return the update with action {@code DELETE}
     */
    public static AttributeValueUpdate delete(Object value) {
        return of(AttributeAction.DELETE, value);
    }

    /** @return whether a value is set (API member {@code Value}), so that a {@code null} value means NULL */
    public boolean hasValue() {
        return hasValue;
    }

    /** @return the operand (API member {@code Value}); see {@link #hasValue()} */
    public Object value() {
        return value;
    }

    /** @return what the update does (API member {@code Action}) */
    public AttributeAction action() {
        return action;
    }

    /** Writes this update as a JSON object; {@code path} names it in error messages. */
    void write(JsonGenerator generator, String path) {
        generator.writeStartObject();
        if (hasValue) {
            generator.writeName(Members.VALUE);
            AttributeValues.writeValue(generator, value, path + ".Value");
        }
        JsonWrites.constant(generator, Members.ACTION, action);
        generator.writeEndObject();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AttributeValueUpdate that && hasValue == that.hasValue
                && Objects.equals(value, that.value) && action == that.action;
    }

    @Override
    public int hashCode() {
        return Objects.hash(hasValue, value, action);
    }

    @Override
    public String toString() {
        return hasValue ? action + " " + value : action.toString();
    }
}
