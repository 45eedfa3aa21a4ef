package io.lowvoltage.actions;

/**
 * How the objects of an export are encrypted in Amazon S3: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExportDescription.html">S3SseAlgorithm</a>.
 * Constants are named exactly as the wire values.
 */
public enum S3SseAlgorithm {
    /** Keys managed by Amazon S3. */
    AES256,
    /** An AWS KMS key. */
    KMS,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
