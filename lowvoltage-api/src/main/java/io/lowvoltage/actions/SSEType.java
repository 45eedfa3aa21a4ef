package io.lowvoltage.actions;

/**
 * The kind of server-side encryption: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_SSESpecification.html">SSEType</a>.
 * Constants are named exactly as the wire values.
 */
public enum SSEType {
    /** AES-256 with a key owned by DynamoDB. */
    AES256,
    /** AWS KMS, with an AWS managed or customer managed key. */
    KMS,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
