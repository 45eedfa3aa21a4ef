package io.lowvoltage.actions;

/**
 * Who made a backup: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BackupDetails.html">BackupType</a>.
 * Constants are named exactly as the wire values.
 */
public enum BackupType {
    /** Made on demand by a user. */
    USER,
    /** Made by DynamoDB when a table with point-in-time recovery was deleted. */
    SYSTEM,
    /** Made by AWS Backup. */
    AWS_BACKUP,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
