package io.lowvoltage.actions;

/**
 * Where an export stands: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExportDescription.html">ExportStatus</a>.
 * Constants are named exactly as the wire values.
 */
public enum ExportStatus {
    /** The export is running. */
    IN_PROGRESS,
    /** The export finished. */
    COMPLETED,
    /** The export failed; see the failure code and message. */
    FAILED,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
