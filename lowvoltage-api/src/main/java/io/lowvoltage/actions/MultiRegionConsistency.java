package io.lowvoltage.actions;

/**
 * The consistency of a multi-Region global table: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTable.html#DDB-UpdateTable-request-MultiRegionConsistency">MultiRegionConsistency</a>.
 * Constants are named exactly as the wire values.
 */
public enum MultiRegionConsistency {
    /** Multi-Region eventual consistency (the default). */
    EVENTUAL,
    /** Multi-Region strong consistency. */
    STRONG,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
