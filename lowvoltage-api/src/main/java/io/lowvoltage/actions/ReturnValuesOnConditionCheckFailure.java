package io.lowvoltage.actions;

/**
 * What a write that fails its condition returns in the error: DynamoDB's {@code ReturnValuesOnConditionCheckFailure}.
 */
public enum ReturnValuesOnConditionCheckFailure {
    /** The item as it was, in {@link io.lowvoltage.exceptions.ConditionalCheckFailedException#item()}. */
    ALL_OLD,
    /** Nothing: the default. */
    NONE
}
