package io.lowvoltage.actions;

/**
 * The state of server-side encryption: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_SSEDescription.html">SSEStatus</a>.
 * Constants are named exactly as the wire values.
 */
public enum SSEStatus {
    /** Being enabled. */
    ENABLING,
    /** Enabled. */
    ENABLED,
    /** Being disabled. */
    DISABLING,
    /** Disabled. */
    DISABLED,
    /** Being updated. */
    UPDATING,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
