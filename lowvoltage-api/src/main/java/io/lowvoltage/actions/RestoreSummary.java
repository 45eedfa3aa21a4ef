package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.time.Instant;
import tools.jackson.core.JsonParser;

/**
 * Where a restored table came from: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_RestoreSummary.html">RestoreSummary</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class RestoreSummary {
    private final String sourceBackupArn;
    private final String sourceTableArn;
    private final Instant restoreDateTime;
    private final Boolean restoreInProgress;

    private RestoreSummary(String sourceBackupArn, String sourceTableArn, Instant restoreDateTime,
            Boolean restoreInProgress) {
        this.sourceBackupArn = sourceBackupArn;
        this.sourceTableArn = sourceTableArn;
        this.restoreDateTime = restoreDateTime;
        this.restoreInProgress = restoreInProgress;
    }

    static RestoreSummary read(JsonParser parser) {
        String sourceBackupArn = null;
        String sourceTableArn = null;
        Instant restoreDateTime = null;
        Boolean restoreInProgress = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "SourceBackupArn" -> sourceBackupArn = JsonReads.string(parser);
                case "SourceTableArn" -> sourceTableArn = JsonReads.string(parser);
                case "RestoreDateTime" -> restoreDateTime = JsonReads.instant(parser);
                case "RestoreInProgress" -> restoreInProgress = JsonReads.bool(parser);
                default -> parser.skipChildren();
            }
        }
        return new RestoreSummary(sourceBackupArn, sourceTableArn, restoreDateTime, restoreInProgress);
    }

    /** @return the ARN of the backup restored from (API member {@code SourceBackupArn}), or {@code null} */
    public String sourceBackupArn() {
        return sourceBackupArn;
    }

    /** @return the ARN of the source table (API member {@code SourceTableArn}), or {@code null} */
    public String sourceTableArn() {
        return sourceTableArn;
    }

    /** @return the point in time restored to (API member {@code RestoreDateTime}), or {@code null} */
    public Instant restoreDateTime() {
        return restoreDateTime;
    }

    /** @return whether the restore is still running (API member {@code RestoreInProgress}), or {@code null} */
    public Boolean restoreInProgress() {
        return restoreInProgress;
    }

    @Override
    public String toString() {
        return Shapes.toString("RestoreSummary", "sourceBackupArn", sourceBackupArn, "sourceTableArn", sourceTableArn,
                "restoreDateTime", restoreDateTime, "restoreInProgress", restoreInProgress);
    }
}
