package io.lowvoltage.expressions;

/**
 * The DynamoDB data types, for {@link Attribute#type(AttributeType)}
 * ({@code attribute_type}). See
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeValue.html">AttributeValue</a>.
 */
public enum AttributeType {
    /** String. */
    S,
    /** String set. */
    SS,
    /** Number. */
    N,
    /** Number set. */
    NS,
    /** Binary. */
    B,
    /** Binary set. */
    BS,
    /** Boolean. */
    BOOL,
    /** Null. */
    NULL,
    /** List. */
    L,
    /** Map. */
    M
}
