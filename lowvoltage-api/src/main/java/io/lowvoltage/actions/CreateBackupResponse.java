package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * What {@link CreateBackup} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateBackup.html#API_CreateBackup_ResponseSyntax">CreateBackup response</a>.
 * Immutable.
 */
public final class CreateBackupResponse {
    private final BackupDetails backupDetails;

    private CreateBackupResponse(BackupDetails backupDetails) {
        this.backupDetails = backupDetails;
    }

    static CreateBackupResponse read(JsonParser parser) {
        BackupDetails backupDetails = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            if (member.equals("BackupDetails")) {
                backupDetails = BackupDetails.read(parser);
            } else {
                parser.skipChildren();
            }
        }
        return new CreateBackupResponse(backupDetails);
    }

    /** @return the backup being made, usually {@code CREATING} (API member {@code BackupDetails}), or {@code null} */
    public BackupDetails backupDetails() {
        return backupDetails;
    }

    @Override
    public String toString() {
        return "CreateBackupResponse{" + backupDetails + "}";
    }
}
