package io.lowvoltage.actions;

/**
 * The state of a global table witness: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GlobalTableWitnessDescription.html">WitnessStatus</a>.
 * Constants are named exactly as the wire values.
 */
public enum WitnessStatus {
    /** Being created. */
    CREATING,
    /** Being deleted. */
    DELETING,
    /** Ready. */
    ACTIVE,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
