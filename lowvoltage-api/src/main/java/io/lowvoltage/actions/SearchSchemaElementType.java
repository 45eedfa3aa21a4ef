package io.lowvoltage.actions;

/**
 * The role of an attribute in a vector index search schema: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_SearchSchemaElement.html">SearchSchemaElementType</a>.
 * Constants are named exactly as the wire values.
 */
public enum SearchSchemaElementType {
    /** A partition attribute of the vector index. */
    HASH,
    /** An attribute stored with the vectors for filtering. */
    INLINE_FILTER,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
