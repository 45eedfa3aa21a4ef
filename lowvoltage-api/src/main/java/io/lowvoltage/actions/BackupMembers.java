package io.lowvoltage.actions;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The request member names of the backup and point-in-time recovery actions that {@link Members} lacks.
 */
final class BackupMembers {
    static final SerializableString BACKUP_ARN = new SerializedString("BackupArn");
    static final SerializableString BACKUP_NAME = new SerializedString("BackupName");
    static final SerializableString BACKUP_TYPE = new SerializedString("BackupType");
    static final SerializableString BILLING_MODE_OVERRIDE = new SerializedString("BillingModeOverride");
    static final SerializableString EXCLUSIVE_START_BACKUP_ARN = new SerializedString("ExclusiveStartBackupArn");
    static final SerializableString GLOBAL_SECONDARY_INDEX_OVERRIDE = new SerializedString("GlobalSecondaryIndexOverride");
    static final SerializableString LOCAL_SECONDARY_INDEX_OVERRIDE = new SerializedString("LocalSecondaryIndexOverride");
    static final SerializableString POINT_IN_TIME_RECOVERY_ENABLED = new SerializedString("PointInTimeRecoveryEnabled");
    static final SerializableString POINT_IN_TIME_RECOVERY_SPECIFICATION = new SerializedString("PointInTimeRecoverySpecification");
    static final SerializableString RECOVERY_PERIOD_IN_DAYS = new SerializedString("RecoveryPeriodInDays");
    static final SerializableString RESTORE_DATE_TIME = new SerializedString("RestoreDateTime");
    static final SerializableString SOURCE_TABLE_ARN = new SerializedString("SourceTableArn");
    static final SerializableString SOURCE_TABLE_NAME = new SerializedString("SourceTableName");
    static final SerializableString SSE_SPECIFICATION_OVERRIDE = new SerializedString("SSESpecificationOverride");
    static final SerializableString TARGET_TABLE_NAME = new SerializedString("TargetTableName");
    static final SerializableString TIME_RANGE_LOWER_BOUND = new SerializedString("TimeRangeLowerBound");
    static final SerializableString TIME_RANGE_UPPER_BOUND = new SerializedString("TimeRangeUpperBound");
    static final SerializableString USE_LATEST_RESTORABLE_TIME = new SerializedString("UseLatestRestorableTime");
    static final SerializableString VECTOR_INDEX_OVERRIDE = new SerializedString("VectorIndexOverride");

    private BackupMembers() {
    }
}
