package io.lowvoltage.actions;

/**
 * How the conditions of a legacy {@code Expected}, {@code QueryFilter} or {@code ScanFilter} combine: DynamoDB's {@code ConditionalOperator}.
 */
public enum ConditionalOperator {
    /** All conditions must hold: the default. */
    AND,
    /** At least one condition must hold. */
    OR
}
