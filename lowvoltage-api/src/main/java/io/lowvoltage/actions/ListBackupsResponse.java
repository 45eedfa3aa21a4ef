package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * What {@link ListBackups} returns, one page of backups: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListBackups.html#API_ListBackups_ResponseSyntax">ListBackups response</a>.
 * Immutable.
 */
public final class ListBackupsResponse {
    private final List<BackupSummary> backupSummaries;
    private final String lastEvaluatedBackupArn;

    private ListBackupsResponse(List<BackupSummary> backupSummaries, String lastEvaluatedBackupArn) {
        this.backupSummaries = backupSummaries;
        this.lastEvaluatedBackupArn = lastEvaluatedBackupArn;
    }

    static ListBackupsResponse read(JsonParser parser) {
        List<BackupSummary> summaries = List.of();
        String last = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "BackupSummaries" -> summaries = JsonReads.list(parser, BackupSummary::read);
                case "LastEvaluatedBackupArn" -> last = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new ListBackupsResponse(summaries, last);
    }

    /** @return the backups of this page (API member {@code BackupSummaries}) */
    public List<BackupSummary> backupSummaries() {
        return backupSummaries;
    }

    /**
     * @return the ARN to pass to {@link ListBackups#exclusiveStartBackupArn(String)} for the next page (API member
     *         {@code LastEvaluatedBackupArn}), or {@code null} on the last page
     */
    public String lastEvaluatedBackupArn() {
        return lastEvaluatedBackupArn;
    }

    /** @return whether there may be more pages: DynamoDB returned a {@code LastEvaluatedBackupArn} */
    public boolean hasMorePages() {
        return lastEvaluatedBackupArn != null;
    }

    @Override
    public String toString() {
        return Shapes.toString("ListBackupsResponse", "backupSummaries", backupSummaries, "lastEvaluatedBackupArn",
                lastEvaluatedBackupArn);
    }
}
