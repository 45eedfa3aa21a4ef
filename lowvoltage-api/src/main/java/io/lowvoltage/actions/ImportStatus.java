package io.lowvoltage.actions;

/**
 * Where an import stands: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ImportTableDescription.html">ImportStatus</a>.
 * Constants are named exactly as the wire values.
 */
public enum ImportStatus {
    /** The import is running. */
    IN_PROGRESS,
    /** The import finished. */
    COMPLETED,
    /** The import is being cancelled. */
    CANCELLING,
    /** The import was cancelled. */
    CANCELLED,
    /** The import failed; see the failure code and message. */
    FAILED,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
