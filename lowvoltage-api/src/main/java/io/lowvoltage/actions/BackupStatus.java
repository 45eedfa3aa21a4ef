package io.lowvoltage.actions;

/**
 * The state of a backup: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BackupDetails.html">BackupStatus</a>.
 * Constants are named exactly as the wire values.
 */
public enum BackupStatus {
    /** Being created. */
    CREATING,
    /** Deleted. */
    DELETED,
    /** Ready to restore from. */
    AVAILABLE,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
