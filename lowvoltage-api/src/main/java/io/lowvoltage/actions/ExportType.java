package io.lowvoltage.actions;

/**
 * Whether an export holds the whole table or the changes over a period: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExportDescription.html">ExportType</a>.
 * Constants are named exactly as the wire values.
 */
public enum ExportType {
    /** The table as of the export time. */
    FULL_EXPORT,
    /** The changes between two points in time. */
    INCREMENTAL_EXPORT,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
