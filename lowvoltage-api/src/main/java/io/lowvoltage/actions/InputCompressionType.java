package io.lowvoltage.actions;

/**
 * How the source files of an import are compressed: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ImportTableDescription.html">InputCompressionType</a>.
 * Constants are named exactly as the wire values.
 */
public enum InputCompressionType {
    /** GZIP. */
    GZIP,
    /** Zstandard. */
    ZSTD,
    /** Not compressed. */
    NONE,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
