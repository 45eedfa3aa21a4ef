package io.lowvoltage.actions;

/**
 * The state of an index: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GlobalSecondaryIndexDescription.html">IndexStatus</a>.
 * Constants are named exactly as the wire values.
 */
public enum IndexStatus {
    /** Being created. */
    CREATING,
    /** Being updated. */
    UPDATING,
    /** Being deleted. */
    DELETING,
    /** Ready for use. */
    ACTIVE,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
