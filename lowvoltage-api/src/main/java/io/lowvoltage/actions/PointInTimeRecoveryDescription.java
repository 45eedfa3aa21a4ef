package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.time.Instant;
import tools.jackson.core.JsonParser;

/**
 * The point-in-time recovery settings of a table and the window it can restore: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PointInTimeRecoveryDescription.html">PointInTimeRecoveryDescription</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class PointInTimeRecoveryDescription {
    private final PointInTimeRecoveryStatus pointInTimeRecoveryStatus;
    private final Integer recoveryPeriodInDays;
    private final Instant earliestRestorableDateTime;
    private final Instant latestRestorableDateTime;

    private PointInTimeRecoveryDescription(PointInTimeRecoveryStatus pointInTimeRecoveryStatus,
            Integer recoveryPeriodInDays, Instant earliestRestorableDateTime, Instant latestRestorableDateTime) {
        this.pointInTimeRecoveryStatus = pointInTimeRecoveryStatus;
        this.recoveryPeriodInDays = recoveryPeriodInDays;
        this.earliestRestorableDateTime = earliestRestorableDateTime;
        this.latestRestorableDateTime = latestRestorableDateTime;
    }

    static PointInTimeRecoveryDescription read(JsonParser parser) {
        PointInTimeRecoveryStatus pointInTimeRecoveryStatus = null;
        Integer recoveryPeriodInDays = null;
        Instant earliestRestorableDateTime = null;
        Instant latestRestorableDateTime = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "PointInTimeRecoveryStatus" -> pointInTimeRecoveryStatus = Enums.read(parser,
                        PointInTimeRecoveryStatus.class);
                case "RecoveryPeriodInDays" -> recoveryPeriodInDays = JsonReads.intValue(parser);
                case "EarliestRestorableDateTime" -> earliestRestorableDateTime = JsonReads.instant(parser);
                case "LatestRestorableDateTime" -> latestRestorableDateTime = JsonReads.instant(parser);
                default -> parser.skipChildren();
            }
        }
        return new PointInTimeRecoveryDescription(pointInTimeRecoveryStatus, recoveryPeriodInDays,
                earliestRestorableDateTime, latestRestorableDateTime);
    }

    /** @return the point in time recovery status (API member {@code PointInTimeRecoveryStatus}), or {@code null} */
    public PointInTimeRecoveryStatus pointInTimeRecoveryStatus() {
        return pointInTimeRecoveryStatus;
    }

    /**
     * @return the number of preceding days for which continuous backups are taken and maintained (API member
     *         {@code RecoveryPeriodInDays}), or {@code null}
     */
    public Integer recoveryPeriodInDays() {
        return recoveryPeriodInDays;
    }

    /**
     * @return specifies the earliest point in time you can restore your table to (API member
     *         {@code EarliestRestorableDateTime}), or {@code null}
     */
    public Instant earliestRestorableDateTime() {
        return earliestRestorableDateTime;
    }

    /**
     * @return latestRestorableDateTime is typically 5 minutes before the current time (API member
     *         {@code LatestRestorableDateTime}), or {@code null}
     */
    public Instant latestRestorableDateTime() {
        return latestRestorableDateTime;
    }

    @Override
    public String toString() {
        return Shapes.toString("PointInTimeRecoveryDescription", "pointInTimeRecoveryStatus",
                pointInTimeRecoveryStatus, "recoveryPeriodInDays", recoveryPeriodInDays,
                "earliestRestorableDateTime", earliestRestorableDateTime, "latestRestorableDateTime",
                latestRestorableDateTime);
    }
}
