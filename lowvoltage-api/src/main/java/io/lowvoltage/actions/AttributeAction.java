package io.lowvoltage.actions;

/**
 * What a legacy {@code AttributeUpdates} entry of UpdateItem does to its attribute: DynamoDB's {@code AttributeAction}.
 */
public enum AttributeAction {
    /** Adds a number to a number, or elements to a set. */
    ADD,
    /** Replaces the value: the default. */
    PUT,
    /** Removes the attribute, or the given elements from a set. */
    DELETE
}
