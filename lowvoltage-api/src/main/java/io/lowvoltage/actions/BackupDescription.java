package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * A backup, with the table and the table features it holds: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BackupDescription.html">BackupDescription</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class BackupDescription {
    private final BackupDetails backupDetails;
    private final SourceTableDetails sourceTableDetails;
    private final SourceTableFeatureDetails sourceTableFeatureDetails;

    private BackupDescription(BackupDetails backupDetails, SourceTableDetails sourceTableDetails,
            SourceTableFeatureDetails sourceTableFeatureDetails) {
        this.backupDetails = backupDetails;
        this.sourceTableDetails = sourceTableDetails;
        this.sourceTableFeatureDetails = sourceTableFeatureDetails;
    }

    static BackupDescription read(JsonParser parser) {
        BackupDetails backupDetails = null;
        SourceTableDetails sourceTableDetails = null;
        SourceTableFeatureDetails sourceTableFeatureDetails = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "BackupDetails" -> backupDetails = BackupDetails.read(parser);
                case "SourceTableDetails" -> sourceTableDetails = SourceTableDetails.read(parser);
                case "SourceTableFeatureDetails" -> sourceTableFeatureDetails = SourceTableFeatureDetails.read(parser);
                default -> parser.skipChildren();
            }
        }
        return new BackupDescription(backupDetails, sourceTableDetails, sourceTableFeatureDetails);
    }

    /**
     * @return contains the details of the backup created for the table (API member {@code BackupDetails}), or
     *         {@code null}
     */
    public BackupDetails backupDetails() {
        return backupDetails;
    }

    /**
     * @return contains the details of the table when the backup was created (API member {@code SourceTableDetails}), or
     *         {@code null}
     */
    public SourceTableDetails sourceTableDetails() {
        return sourceTableDetails;
    }

    /**
     * @return contains the details of the features enabled on the table when the backup was created (API member
     *         {@code SourceTableFeatureDetails}), or {@code null}
     */
    public SourceTableFeatureDetails sourceTableFeatureDetails() {
        return sourceTableFeatureDetails;
    }

    @Override
    public String toString() {
        return Shapes.toString("BackupDescription", "backupDetails", backupDetails, "sourceTableDetails",
                sourceTableDetails, "sourceTableFeatureDetails", sourceTableFeatureDetails);
    }
}
