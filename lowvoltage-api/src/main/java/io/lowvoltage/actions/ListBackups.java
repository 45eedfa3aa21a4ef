package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.json.JsonWrites;
import java.time.Instant;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Lists the backups of the account and region, or of one table, one page at a time: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListBackups.html">ListBackups</a>.
 *
 * <pre>{@code
 * ListBackupsResponse page = connection.request(new ListBackups().tableName("T").backupTypeAll());
 * while (page.hasMorePages()) {
 *     page = connection.request(new ListBackups().tableName("T").backupTypeAll()
 *             .exclusiveStartBackupArn(page.lastEvaluatedBackupArn()));
 * }
 * }</pre>
 * Nothing is mandatory; by default DynamoDB lists the backups made by users. Not thread-safe: a builder.
 */
public final class ListBackups extends Action<ListBackupsResponse> {
    private String tableName;
    private Integer limit;
    private Instant timeRangeLowerBound;
    private Instant timeRangeUpperBound;
    private String exclusiveStartBackupArn;
    private BackupTypeFilter backupType;

    /** A ListBackups of the first page of every table's user backups. */
    public ListBackups() {
    }

    @Override
    protected String operation() {
        return "ListBackups";
    }

    /**
     * @param tableName the table whose backups to list, by name or ARN (API member {@code TableName})
     * @return this action
     */
    public ListBackups tableName(String tableName) {
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        return this;
    }

    /**
     * @param limit the most backups in the page (API member {@code Limit})
     * @return this action
     */
    public ListBackups limit(int limit) {
        this.limit = limit;
        return this;
    }

    /**
     * @param timeRangeLowerBound lists only the backups made at or after this time (API member
     *                            {@code TimeRangeLowerBound})
     * @return this action
     */
    public ListBackups timeRangeLowerBound(Instant timeRangeLowerBound) {
        this.timeRangeLowerBound = Objects.requireNonNull(timeRangeLowerBound, "timeRangeLowerBound");
        return this;
    }

    /**
     * @param timeRangeUpperBound lists only the backups made before this time (API member
     *                            {@code TimeRangeUpperBound})
     * @return this action
     */
    public ListBackups timeRangeUpperBound(Instant timeRangeUpperBound) {
        this.timeRangeUpperBound = Objects.requireNonNull(timeRangeUpperBound, "timeRangeUpperBound");
        return this;
    }

    /**
     * @param exclusiveStartBackupArn the ARN after which the page starts: the previous page's
     *                                {@link ListBackupsResponse#lastEvaluatedBackupArn()} (API member
     *                                {@code ExclusiveStartBackupArn})
     * @return this action
     */
    public ListBackups exclusiveStartBackupArn(String exclusiveStartBackupArn) {
        this.exclusiveStartBackupArn = Objects.requireNonNull(exclusiveStartBackupArn, "exclusiveStartBackupArn");
        return this;
    }

    /**
     * @param backupType which backups to list (API member {@code BackupType}); {@code USER} by default
     * @return this action
     */
    public ListBackups backupType(BackupTypeFilter backupType) {
        this.backupType = Objects.requireNonNull(backupType, "backupType");
        return this;
    }

    /** @return this action, listing the backups made on demand by users (the default) */
    public ListBackups backupTypeUser() {
        return backupType(BackupTypeFilter.USER);
    }

    /** @return this action, listing the backups DynamoDB made when tables with point-in-time recovery were deleted */
    public ListBackups backupTypeSystem() {
        return backupType(BackupTypeFilter.SYSTEM);
    }

    /** @return this action, listing the backups made by AWS Backup */
    public ListBackups backupTypeAwsBackup() {
        return backupType(BackupTypeFilter.AWS_BACKUP);
    }

    /** @return this action, listing every backup */
    public ListBackups backupTypeAll() {
        return backupType(BackupTypeFilter.ALL);
    }

    @Override
    protected String tableName() {
        return tableName;
    }

    @Override
    protected void validate() {
        // Every member is optional.
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.TABLE_NAME, tableName);
        JsonWrites.number(generator, Members.LIMIT, limit);
        EpochSeconds.write(generator, BackupMembers.TIME_RANGE_LOWER_BOUND, timeRangeLowerBound);
        EpochSeconds.write(generator, BackupMembers.TIME_RANGE_UPPER_BOUND, timeRangeUpperBound);
        JsonWrites.string(generator, BackupMembers.EXCLUSIVE_START_BACKUP_ARN, exclusiveStartBackupArn);
        JsonWrites.constant(generator, BackupMembers.BACKUP_TYPE, backupType);
        generator.writeEndObject();
    }

    @Override
    protected ListBackupsResponse readResponse(JsonParser parser) {
        return ListBackupsResponse.read(parser);
    }
}
