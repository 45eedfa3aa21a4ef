package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.time.Instant;
import tools.jackson.core.JsonParser;

/**
 * Why and when a table was archived: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ArchivalSummary.html">ArchivalSummary</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class ArchivalSummary {
    private final Instant archivalDateTime;
    private final String archivalReason;
    private final String archivalBackupArn;

    private ArchivalSummary(Instant archivalDateTime, String archivalReason, String archivalBackupArn) {
        this.archivalDateTime = archivalDateTime;
        this.archivalReason = archivalReason;
        this.archivalBackupArn = archivalBackupArn;
    }

    static ArchivalSummary read(JsonParser parser) {
        Instant archivalDateTime = null;
        String archivalReason = null;
        String archivalBackupArn = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "ArchivalDateTime" -> archivalDateTime = JsonReads.instant(parser);
                case "ArchivalReason" -> archivalReason = JsonReads.string(parser);
                case "ArchivalBackupArn" -> archivalBackupArn = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new ArchivalSummary(archivalDateTime, archivalReason, archivalBackupArn);
    }

    /** @return when the table was archived (API member {@code ArchivalDateTime}), or {@code null} */
    public Instant archivalDateTime() {
        return archivalDateTime;
    }

    /**
     * @return why the table was archived, such as {@code INACCESSIBLE_ENCRYPTION_CREDENTIALS} (API member {@code
     * ArchivalReason}), or {@code null}
     */
    public String archivalReason() {
        return archivalReason;
    }

    /** @return the ARN of the backup made when archiving (API member {@code ArchivalBackupArn}), or {@code null} */
    public String archivalBackupArn() {
        return archivalBackupArn;
    }

    @Override
    public String toString() {
        return Shapes.toString("ArchivalSummary", "archivalDateTime", archivalDateTime, "archivalReason",
                archivalReason, "archivalBackupArn", archivalBackupArn);
    }
}
