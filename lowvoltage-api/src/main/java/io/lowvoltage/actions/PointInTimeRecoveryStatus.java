package io.lowvoltage.actions;

/**
 * Whether point-in-time recovery is on: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PointInTimeRecoveryDescription.html">PointInTimeRecoveryStatus</a>.
 * Constants are named exactly as the wire values.
 */
public enum PointInTimeRecoveryStatus {
    /** On. */
    ENABLED,
    /** Off. */
    DISABLED,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
