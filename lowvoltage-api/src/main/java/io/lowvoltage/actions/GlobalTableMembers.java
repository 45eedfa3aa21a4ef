package io.lowvoltage.actions;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The request member names of the global table, auto scaling and replica settings actions that {@link Members} lacks.
 */
final class GlobalTableMembers {
    static final SerializableString AUTO_SCALING_DISABLED = new SerializedString("AutoScalingDisabled");
    static final SerializableString AUTO_SCALING_ROLE_ARN = new SerializedString("AutoScalingRoleArn");
    static final SerializableString DISABLE_SCALE_IN = new SerializedString("DisableScaleIn");
    static final SerializableString EXCLUSIVE_START_GLOBAL_TABLE_NAME = new SerializedString("ExclusiveStartGlobalTableName");
    static final SerializableString GLOBAL_TABLE_BILLING_MODE = new SerializedString("GlobalTableBillingMode");
    static final SerializableString GLOBAL_TABLE_GLOBAL_SECONDARY_INDEX_SETTINGS_UPDATE = new SerializedString("GlobalTableGlobalSecondaryIndexSettingsUpdate");
    static final SerializableString GLOBAL_TABLE_NAME = new SerializedString("GlobalTableName");
    static final SerializableString GLOBAL_TABLE_PROVISIONED_WRITE_CAPACITY_AUTO_SCALING_SETTINGS_UPDATE = new SerializedString("GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate");
    static final SerializableString GLOBAL_TABLE_PROVISIONED_WRITE_CAPACITY_UNITS = new SerializedString("GlobalTableProvisionedWriteCapacityUnits");
    static final SerializableString MAXIMUM_UNITS = new SerializedString("MaximumUnits");
    static final SerializableString MINIMUM_UNITS = new SerializedString("MinimumUnits");
    static final SerializableString POLICY_NAME = new SerializedString("PolicyName");
    static final SerializableString PROVISIONED_READ_CAPACITY_AUTO_SCALING_SETTINGS_UPDATE = new SerializedString("ProvisionedReadCapacityAutoScalingSettingsUpdate");
    static final SerializableString PROVISIONED_READ_CAPACITY_AUTO_SCALING_UPDATE = new SerializedString("ProvisionedReadCapacityAutoScalingUpdate");
    static final SerializableString PROVISIONED_READ_CAPACITY_UNITS = new SerializedString("ProvisionedReadCapacityUnits");
    static final SerializableString PROVISIONED_WRITE_CAPACITY_AUTO_SCALING_SETTINGS_UPDATE = new SerializedString("ProvisionedWriteCapacityAutoScalingSettingsUpdate");
    static final SerializableString PROVISIONED_WRITE_CAPACITY_AUTO_SCALING_UPDATE = new SerializedString("ProvisionedWriteCapacityAutoScalingUpdate");
    static final SerializableString PROVISIONED_WRITE_CAPACITY_UNITS = new SerializedString("ProvisionedWriteCapacityUnits");
    static final SerializableString REPLICATION_GROUP = new SerializedString("ReplicationGroup");
    static final SerializableString REPLICA_GLOBAL_SECONDARY_INDEX_SETTINGS_UPDATE = new SerializedString("ReplicaGlobalSecondaryIndexSettingsUpdate");
    static final SerializableString REPLICA_GLOBAL_SECONDARY_INDEX_UPDATES = new SerializedString("ReplicaGlobalSecondaryIndexUpdates");
    static final SerializableString REPLICA_PROVISIONED_READ_CAPACITY_AUTO_SCALING_SETTINGS_UPDATE = new SerializedString("ReplicaProvisionedReadCapacityAutoScalingSettingsUpdate");
    static final SerializableString REPLICA_PROVISIONED_READ_CAPACITY_AUTO_SCALING_UPDATE = new SerializedString("ReplicaProvisionedReadCapacityAutoScalingUpdate");
    static final SerializableString REPLICA_PROVISIONED_READ_CAPACITY_UNITS = new SerializedString("ReplicaProvisionedReadCapacityUnits");
    static final SerializableString REPLICA_SETTINGS_UPDATE = new SerializedString("ReplicaSettingsUpdate");
    static final SerializableString REPLICA_TABLE_CLASS = new SerializedString("ReplicaTableClass");
    static final SerializableString SCALE_IN_COOLDOWN = new SerializedString("ScaleInCooldown");
    static final SerializableString SCALE_OUT_COOLDOWN = new SerializedString("ScaleOutCooldown");
    static final SerializableString SCALING_POLICY_UPDATE = new SerializedString("ScalingPolicyUpdate");
    static final SerializableString TARGET_TRACKING_SCALING_POLICY_CONFIGURATION = new SerializedString("TargetTrackingScalingPolicyConfiguration");
    static final SerializableString TARGET_VALUE = new SerializedString("TargetValue");

    private GlobalTableMembers() {
    }
}
