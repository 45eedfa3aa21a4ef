package io.lowvoltage.actions;

/**
 * The precision of the ApproximateCreationDateTime of the records sent to a Kinesis data stream: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_EnableKinesisStreamingConfiguration.html">ApproximateCreationDateTimePrecision</a>.
 * Constants are named exactly as the wire values.
 */
public enum ApproximateCreationDateTimePrecision {
    /** Milliseconds. */
    MILLISECOND,
    /** Microseconds. */
    MICROSECOND,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
