package io.lowvoltage.actions;

/**
 * Which backups {@link ListBackups} lists: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListBackups.html">BackupTypeFilter</a>.
 * Constants are named exactly as the wire values.
 */
public enum BackupTypeFilter {
    /** Backups made on demand by a user. */
    USER,
    /** Backups made by DynamoDB. */
    SYSTEM,
    /** Backups made by AWS Backup. */
    AWS_BACKUP,
    /** Every backup. */
    ALL
}
