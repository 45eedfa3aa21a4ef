package io.lowvoltage.actions;

/**
 * The format of the source files of an import: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ImportTableDescription.html">InputFormat</a>.
 * Constants are named exactly as the wire values.
 */
public enum InputFormat {
    /** DynamoDB JSON. */
    DYNAMODB_JSON,
    /** Amazon Ion. */
    ION,
    /** Comma-separated values, or another delimiter. */
    CSV,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
