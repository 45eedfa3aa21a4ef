package io.lowvoltage.actions;

/**
 * The storage class of a table: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TableClassSummary.html">TableClass</a>.
 * Constants are named exactly as the wire values.
 */
public enum TableClass {
    /** Standard. */
    STANDARD,
    /** Standard-Infrequent Access: cheaper storage, dearer reads and writes. */
    STANDARD_INFREQUENT_ACCESS,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
