package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.time.Instant;
import tools.jackson.core.JsonParser;

/**
 * A backup as {@link ListBackups} lists it: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BackupSummary.html">BackupSummary</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class BackupSummary {
    private final String tableName;
    private final String tableId;
    private final String tableArn;
    private final String backupArn;
    private final String backupName;
    private final Instant backupCreationDateTime;
    private final Instant backupExpiryDateTime;
    private final BackupStatus backupStatus;
    private final BackupType backupType;
    private final Long backupSizeBytes;

    private BackupSummary(String tableName, String tableId, String tableArn, String backupArn, String backupName,
            Instant backupCreationDateTime, Instant backupExpiryDateTime, BackupStatus backupStatus,
            BackupType backupType, Long backupSizeBytes) {
        this.tableName = tableName;
        this.tableId = tableId;
        this.tableArn = tableArn;
        this.backupArn = backupArn;
        this.backupName = backupName;
        this.backupCreationDateTime = backupCreationDateTime;
        this.backupExpiryDateTime = backupExpiryDateTime;
        this.backupStatus = backupStatus;
        this.backupType = backupType;
        this.backupSizeBytes = backupSizeBytes;
    }

    static BackupSummary read(JsonParser parser) {
        String tableName = null;
        String tableId = null;
        String tableArn = null;
        String backupArn = null;
        String backupName = null;
        Instant backupCreationDateTime = null;
        Instant backupExpiryDateTime = null;
        BackupStatus backupStatus = null;
        BackupType backupType = null;
        Long backupSizeBytes = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "TableName" -> tableName = JsonReads.string(parser);
                case "TableId" -> tableId = JsonReads.string(parser);
                case "TableArn" -> tableArn = JsonReads.string(parser);
                case "BackupArn" -> backupArn = JsonReads.string(parser);
                case "BackupName" -> backupName = JsonReads.string(parser);
                case "BackupCreationDateTime" -> backupCreationDateTime = JsonReads.instant(parser);
                case "BackupExpiryDateTime" -> backupExpiryDateTime = JsonReads.instant(parser);
                case "BackupStatus" -> backupStatus = Enums.read(parser, BackupStatus.class);
                case "BackupType" -> backupType = Enums.read(parser, BackupType.class);
                case "BackupSizeBytes" -> backupSizeBytes = JsonReads.longValue(parser);
                default -> parser.skipChildren();
            }
        }
        return new BackupSummary(tableName, tableId, tableArn, backupArn, backupName, backupCreationDateTime,
                backupExpiryDateTime, backupStatus, backupType, backupSizeBytes);
    }

    /** @return name of the table (API member {@code TableName}), or {@code null} */
    public String tableName() {
        return tableName;
    }

    /** @return unique identifier for the table (API member {@code TableId}), or {@code null} */
    public String tableId() {
        return tableId;
    }

    /** @return ARN associated with the table (API member {@code TableArn}), or {@code null} */
    public String tableArn() {
        return tableArn;
    }

    /** @return ARN associated with the backup (API member {@code BackupArn}), or {@code null} */
    public String backupArn() {
        return backupArn;
    }

    /** @return name of the specified backup (API member {@code BackupName}), or {@code null} */
    public String backupName() {
        return backupName;
    }

    /** @return time at which the backup was created (API member {@code BackupCreationDateTime}), or {@code null} */
    public Instant backupCreationDateTime() {
        return backupCreationDateTime;
    }

    /**
     * @return time at which the automatic on-demand backup created by DynamoDB will expire (API member
     *         {@code BackupExpiryDateTime}), or {@code null}
     */
    public Instant backupExpiryDateTime() {
        return backupExpiryDateTime;
    }

    /** @return the backup status (API member {@code BackupStatus}), or {@code null} */
    public BackupStatus backupStatus() {
        return backupStatus;
    }

    /** @return the backup type (API member {@code BackupType}), or {@code null} */
    public BackupType backupType() {
        return backupType;
    }

    /** @return size of the backup in bytes (API member {@code BackupSizeBytes}), or {@code null} */
    public Long backupSizeBytes() {
        return backupSizeBytes;
    }

    @Override
    public String toString() {
        return Shapes.toString("BackupSummary", "tableName", tableName, "tableId", tableId, "tableArn", tableArn,
                "backupArn", backupArn, "backupName", backupName, "backupCreationDateTime", backupCreationDateTime,
                "backupExpiryDateTime", backupExpiryDateTime, "backupStatus", backupStatus, "backupType", backupType,
                "backupSizeBytes", backupSizeBytes);
    }
}
