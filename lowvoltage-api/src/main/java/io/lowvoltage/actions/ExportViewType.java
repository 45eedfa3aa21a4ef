package io.lowvoltage.actions;

/**
 * What an incremental export writes for each changed item: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_IncrementalExportSpecification.html">ExportViewType</a>.
 * Constants are named exactly as the wire values.
 */
public enum ExportViewType {
    /** The item as it is after the change. */
    NEW_IMAGE,
    /** The item before and after the change. */
    NEW_AND_OLD_IMAGES,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
