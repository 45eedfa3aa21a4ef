package io.lowvoltage.actions;

/**
 * The format of an export's data files: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExportDescription.html">ExportFormat</a>.
 * Constants are named exactly as the wire values.
 */
public enum ExportFormat {
    /** DynamoDB JSON. */
    DYNAMODB_JSON,
    /** Amazon Ion. */
    ION,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
