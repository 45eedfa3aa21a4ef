package io.lowvoltage.actions;

/**
 * The role of a key attribute: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_KeySchemaElement.html">KeyType</a>.
 * Constants are named exactly as the wire values.
 */
public enum KeyType {
    /** The partition key. */
    HASH,
    /** The sort key. */
    RANGE,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
