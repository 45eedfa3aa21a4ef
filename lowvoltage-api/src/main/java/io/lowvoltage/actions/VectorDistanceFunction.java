package io.lowvoltage.actions;

/**
 * How a vector index measures distance: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_VectorIndex.html">VectorDistanceFunction</a>.
 * Constants are named exactly as the wire values.
 */
public enum VectorDistanceFunction {
    /** Cosine distance. */
    COSINE,
    /** Dot product. */
    DOT_PRODUCT,
    /** Euclidean distance. */
    EUCLIDEAN,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
