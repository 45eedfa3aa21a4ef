package io.lowvoltage.actions;

/**
 * The state of a global table replica: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ReplicaDescription.html">ReplicaStatus</a>.
 * Constants are named exactly as the wire values.
 */
public enum ReplicaStatus {
    /** Being created. */
    CREATING,
    /** Its creation failed. */
    CREATION_FAILED,
    /** Being updated. */
    UPDATING,
    /** Being deleted. */
    DELETING,
    /** Ready for use. */
    ACTIVE,
    /** Its region is disabled. */
    REGION_DISABLED,
    /** Its KMS key is inaccessible. */
    INACCESSIBLE_ENCRYPTION_CREDENTIALS,
    /** Being archived. */
    ARCHIVING,
    /** Archived. */
    ARCHIVED,
    /** Its replication is not authorized. */
    REPLICATION_NOT_AUTHORIZED,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
