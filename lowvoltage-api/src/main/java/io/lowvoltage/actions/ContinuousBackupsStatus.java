package io.lowvoltage.actions;

/**
 * Whether continuous backups are on: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ContinuousBackupsDescription.html">ContinuousBackupsStatus</a>.
 * Constants are named exactly as the wire values.
 */
public enum ContinuousBackupsStatus {
    /** On. */
    ENABLED,
    /** Off. */
    DISABLED,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
