package io.lowvoltage.actions;

/**
 * The kind of change a stream record describes, its {@code eventName}: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_Record.html">OperationType</a>.
 * Constants are named exactly as the wire values.
 */
public enum OperationType {
    /** A new item was added. */
    INSERT,
    /** An existing item was changed. */
    MODIFY,
    /** An item was deleted. */
    REMOVE,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
