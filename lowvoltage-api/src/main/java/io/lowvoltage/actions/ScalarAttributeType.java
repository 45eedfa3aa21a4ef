package io.lowvoltage.actions;

/**
 * The type of a key attribute: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeDefinition.html">ScalarAttributeType</a>.
 * Constants are named exactly as the wire values.
 */
public enum ScalarAttributeType {
    /** String. */
    S,
    /** Number. */
    N,
    /** Binary. */
    B,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
