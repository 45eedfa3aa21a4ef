package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.time.Instant;
import tools.jackson.core.JsonParser;

/**
 * A backup: its name, ARN, state, size and dates: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BackupDetails.html">BackupDetails</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class BackupDetails {
    private final String backupArn;
    private final String backupName;
    private final Long backupSizeBytes;
    private final BackupStatus backupStatus;
    private final BackupType backupType;
    private final Instant backupCreationDateTime;
    private final Instant backupExpiryDateTime;

    private BackupDetails(String backupArn, String backupName, Long backupSizeBytes, BackupStatus backupStatus,
            BackupType backupType, Instant backupCreationDateTime, Instant backupExpiryDateTime) {
        this.backupArn = backupArn;
        this.backupName = backupName;
        this.backupSizeBytes = backupSizeBytes;
        this.backupStatus = backupStatus;
        this.backupType = backupType;
        this.backupCreationDateTime = backupCreationDateTime;
        this.backupExpiryDateTime = backupExpiryDateTime;
    }

    static BackupDetails read(JsonParser parser) {
        String backupArn = null;
        String backupName = null;
        Long backupSizeBytes = null;
        BackupStatus backupStatus = null;
        BackupType backupType = null;
        Instant backupCreationDateTime = null;
        Instant backupExpiryDateTime = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "BackupArn" -> backupArn = JsonReads.string(parser);
                case "BackupName" -> backupName = JsonReads.string(parser);
                case "BackupSizeBytes" -> backupSizeBytes = JsonReads.longValue(parser);
                case "BackupStatus" -> backupStatus = Enums.read(parser, BackupStatus.class);
                case "BackupType" -> backupType = Enums.read(parser, BackupType.class);
                case "BackupCreationDateTime" -> backupCreationDateTime = JsonReads.instant(parser);
                case "BackupExpiryDateTime" -> backupExpiryDateTime = JsonReads.instant(parser);
                default -> parser.skipChildren();
            }
        }
        return new BackupDetails(backupArn, backupName, backupSizeBytes, backupStatus, backupType,
                backupCreationDateTime, backupExpiryDateTime);
    }

    /** @return ARN associated with the backup (API member {@code BackupArn}), or {@code null} */
    public String backupArn() {
        return backupArn;
    }

    /** @return name of the requested backup (API member {@code BackupName}), or {@code null} */
    public String backupName() {
        return backupName;
    }

    /** @return size of the backup in bytes (API member {@code BackupSizeBytes}), or {@code null} */
    public Long backupSizeBytes() {
        return backupSizeBytes;
    }

    /** @return the backup status (API member {@code BackupStatus}), or {@code null} */
    public BackupStatus backupStatus() {
        return backupStatus;
    }

    /** @return the backup type (API member {@code BackupType}), or {@code null} */
    public BackupType backupType() {
        return backupType;
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

    @Override
    public String toString() {
        return Shapes.toString("BackupDetails", "backupArn", backupArn, "backupName", backupName, "backupSizeBytes",
                backupSizeBytes, "backupStatus", backupStatus, "backupType", backupType, "backupCreationDateTime",
                backupCreationDateTime, "backupExpiryDateTime", backupExpiryDateTime);
    }
}
