package io.lowvoltage.actions;

/**
 * Where a Kinesis streaming destination stands: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_KinesisDataStreamDestination.html">DestinationStatus</a>.
 * Constants are named exactly as the wire values.
 */
public enum DestinationStatus {
    /** Being turned on. */
    ENABLING,
    /** Streaming. */
    ACTIVE,
    /** Being turned off. */
    DISABLING,
    /** Off. */
    DISABLED,
    /** Turning it on failed. */
    ENABLE_FAILED,
    /** Its settings are changing. */
    UPDATING,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
