package io.lowvoltage.actions;

/**
 * The comparison of a legacy condition ({@code Expected}, {@code KeyConditions}, {@code QueryFilter}, {@code ScanFilter}): DynamoDB's {@code ComparisonOperator}.
 */
public enum ComparisonOperator {
    /** Equal to the one value. */
    EQ,
    /** Not equal to the one value. */
    NE,
    /** Equal to one of the values. */
    IN,
    /** Less than or equal to the one value. */
    LE,
    /** Less than the one value. */
    LT,
    /** Greater than or equal to the one value. */
    GE,
    /** Greater than the one value. */
    GT,
    /** Between the two values, inclusive. */
    BETWEEN,
    /** The attribute exists; no value. */
    NOT_NULL,
    /** The attribute does not exist; no value. */
    NULL,
    /** A string contains the substring, or a set or list contains the value. */
    CONTAINS,
    /** The opposite of CONTAINS. */
    NOT_CONTAINS,
    /** A string or binary begins with the value. */
    BEGINS_WITH
}
