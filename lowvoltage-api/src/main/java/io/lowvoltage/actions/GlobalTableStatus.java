package io.lowvoltage.actions;

/**
 * The state of a global table (version 2017.11.29): DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GlobalTableDescription.html">GlobalTableStatus</a>.
 * Constants are named exactly as the wire values.
 */
public enum GlobalTableStatus {
    /** Being created. */
    CREATING,
    /** Ready for use. */
    ACTIVE,
    /** Being deleted. */
    DELETING,
    /** Being updated. */
    UPDATING,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
