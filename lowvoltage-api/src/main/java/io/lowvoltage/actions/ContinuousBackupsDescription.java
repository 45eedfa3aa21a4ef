package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * The continuous backups and point-in-time recovery settings of a table: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ContinuousBackupsDescription.html">ContinuousBackupsDescription</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class ContinuousBackupsDescription {
    private final ContinuousBackupsStatus continuousBackupsStatus;
    private final PointInTimeRecoveryDescription pointInTimeRecoveryDescription;

    private ContinuousBackupsDescription(ContinuousBackupsStatus continuousBackupsStatus,
            PointInTimeRecoveryDescription pointInTimeRecoveryDescription) {
        this.continuousBackupsStatus = continuousBackupsStatus;
        this.pointInTimeRecoveryDescription = pointInTimeRecoveryDescription;
    }

    static ContinuousBackupsDescription read(JsonParser parser) {
        ContinuousBackupsStatus continuousBackupsStatus = null;
        PointInTimeRecoveryDescription pointInTimeRecoveryDescription = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "ContinuousBackupsStatus" -> continuousBackupsStatus = Enums.read(parser,
                        ContinuousBackupsStatus.class);
                case "PointInTimeRecoveryDescription" -> pointInTimeRecoveryDescription = PointInTimeRecoveryDescription.read(parser);
                default -> parser.skipChildren();
            }
        }
        return new ContinuousBackupsDescription(continuousBackupsStatus, pointInTimeRecoveryDescription);
    }

    /** @return the continuous backups status (API member {@code ContinuousBackupsStatus}), or {@code null} */
    public ContinuousBackupsStatus continuousBackupsStatus() {
        return continuousBackupsStatus;
    }

    /**
     * @return the description of the point in time recovery settings applied to the table (API member
     *         {@code PointInTimeRecoveryDescription}), or {@code null}
     */
    public PointInTimeRecoveryDescription pointInTimeRecoveryDescription() {
        return pointInTimeRecoveryDescription;
    }

    @Override
    public String toString() {
        return Shapes.toString("ContinuousBackupsDescription", "continuousBackupsStatus", continuousBackupsStatus,
                "pointInTimeRecoveryDescription", pointInTimeRecoveryDescription);
    }
}
