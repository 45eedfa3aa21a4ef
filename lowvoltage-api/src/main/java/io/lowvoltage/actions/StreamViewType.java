package io.lowvoltage.actions;

/**
 * What a stream record holds: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_StreamSpecification.html">StreamViewType</a>.
 * Constants are named exactly as the wire values.
 */
public enum StreamViewType {
    /** The item as it is after the change. */
    NEW_IMAGE,
    /** The item as it was before the change. */
    OLD_IMAGE,
    /** Both images of the item. */
    NEW_AND_OLD_IMAGES,
    /** Only the key attributes. */
    KEYS_ONLY,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
