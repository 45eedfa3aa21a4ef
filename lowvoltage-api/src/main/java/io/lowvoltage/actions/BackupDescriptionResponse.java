package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * The one response member that {@link DeleteBackupResponse} and {@link DescribeBackupResponse} have: the backup, with
 * its source table and features. Immutable.
 */
abstract class BackupDescriptionResponse {
    private final BackupDescription backupDescription;

    /** Reads the response body in one pass. */
    BackupDescriptionResponse(JsonParser parser) {
        BackupDescription backupDescription = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            if (member.equals("BackupDescription")) {
                backupDescription = BackupDescription.read(parser);
            } else {
                parser.skipChildren();
            }
        }
        this.backupDescription = backupDescription;
    }

    /**
     * @return the backup, with the table it was made of (API member {@code BackupDescription}), or {@code null} if
     *         DynamoDB left it out
     */
    public BackupDescription backupDescription() {
        return backupDescription;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{" + backupDescription + "}";
    }
}
