package io.lowvoltage.actions;

/**
 * Whether settings replicate across a global table: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html#DDB-CreateTable-request-GlobalTableSettingsReplicationMode">GlobalTableSettingsReplicationMode</a>.
 * Constants are named exactly as the wire values.
 */
public enum GlobalTableSettingsReplicationMode {
    /** Settings replicate. */
    ENABLED,
    /** Settings do not replicate. */
    DISABLED,
    /** Settings replicate, except those overridden per replica. */
    ENABLED_WITH_OVERRIDES,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
