package io.lowvoltage.actions;

/**
 * Where a DynamoDB stream stands: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_StreamDescription.html">StreamStatus</a>.
 * Constants are named exactly as the wire values.
 */
public enum StreamStatus {
    /** Being turned on. */
    ENABLING,
    /** On. */
    ENABLED,
    /** Being turned off. */
    DISABLING,
    /** Off. */
    DISABLED,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
