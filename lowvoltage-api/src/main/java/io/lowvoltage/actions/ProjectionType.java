package io.lowvoltage.actions;

/**
 * Which attributes an index copies from the table: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Projection.html">ProjectionType</a>.
 * Constants are named exactly as the wire values.
 */
public enum ProjectionType {
    /** Every attribute. */
    ALL,
    /** Only the table and index keys. */
    KEYS_ONLY,
    /** The keys plus the listed non-key attributes. */
    INCLUDE,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
