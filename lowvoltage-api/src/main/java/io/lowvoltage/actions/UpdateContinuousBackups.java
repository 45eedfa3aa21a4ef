package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Turns point-in-time recovery of a table on or off: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateContinuousBackups.html">UpdateContinuousBackups</a>.
 * The members of its
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PointInTimeRecoverySpecification.html">PointInTimeRecoverySpecification</a>
 * are set on the action itself.
 *
 * <pre>{@code
 * connection.request(new UpdateContinuousBackups("T").pointInTimeRecoveryEnabled(true).recoveryPeriodInDays(7));
 * }</pre>
 * Mandatory: the table name and whether recovery is enabled. Not thread-safe: a builder.
 */
public final class UpdateContinuousBackups extends Action<UpdateContinuousBackupsResponse> {
    private String tableName;
    private Boolean pointInTimeRecoveryEnabled;
    private Integer recoveryPeriodInDays;

    /** An empty UpdateContinuousBackups: set the table name and the specification by chaining. */
    public UpdateContinuousBackups() {
    }

    /** @param tableName the table, by name or ARN */
    public UpdateContinuousBackups(String tableName) {
        tableName(tableName);
    }

    @Override
    protected String operation() {
        return "UpdateContinuousBackups";
    }

    /**
     * @param tableName the table, by name or ARN (API member {@code TableName})
     * @return this action
     */
    public UpdateContinuousBackups tableName(String tableName) {
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        return this;
    }

    /**
     * @param pointInTimeRecoveryEnabled whether point-in-time recovery is on (API member
     *                                   {@code PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled})
     * @return this action
     */
    public UpdateContinuousBackups pointInTimeRecoveryEnabled(boolean pointInTimeRecoveryEnabled) {
        this.pointInTimeRecoveryEnabled = pointInTimeRecoveryEnabled;
        return this;
    }

    /**
     * @param recoveryPeriodInDays how many days back the table can be restored, 1 to 35 (API member
     *                             {@code PointInTimeRecoverySpecification.RecoveryPeriodInDays}); 35 by default
     * @return this action
     */
    public UpdateContinuousBackups recoveryPeriodInDays(int recoveryPeriodInDays) {
        this.recoveryPeriodInDays = recoveryPeriodInDays;
        return this;
    }

    @Override
    protected String tableName() {
        return tableName;
    }

    @Override
    protected void validate() {
        Require.present(tableName, "UpdateContinuousBackups", "TableName",
                "new UpdateContinuousBackups(tableName) or .tableName(...)");
        Require.present(pointInTimeRecoveryEnabled, "UpdateContinuousBackups",
                "PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled", ".pointInTimeRecoveryEnabled(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.TABLE_NAME, tableName);
        generator.writeName(BackupMembers.POINT_IN_TIME_RECOVERY_SPECIFICATION);
        generator.writeStartObject();
        JsonWrites.bool(generator, BackupMembers.POINT_IN_TIME_RECOVERY_ENABLED, pointInTimeRecoveryEnabled);
        JsonWrites.number(generator, BackupMembers.RECOVERY_PERIOD_IN_DAYS, recoveryPeriodInDays);
        generator.writeEndObject();
        generator.writeEndObject();
    }

    @Override
    protected UpdateContinuousBackupsResponse readResponse(JsonParser parser) {
        return UpdateContinuousBackupsResponse.read(parser);
    }
}
