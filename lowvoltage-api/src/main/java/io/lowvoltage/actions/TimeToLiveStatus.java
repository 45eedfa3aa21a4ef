package io.lowvoltage.actions;

/**
 * Whether a table expires items: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TimeToLiveDescription.html">TimeToLiveStatus</a>.
 * Constants are named exactly as the wire values.
 */
public enum TimeToLiveStatus {
    /** Being turned on. */
    ENABLING,
    /** Being turned off. */
    DISABLING,
    /** On: items whose attribute holds a past epoch second are deleted. */
    ENABLED,
    /** Off. */
    DISABLED,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
