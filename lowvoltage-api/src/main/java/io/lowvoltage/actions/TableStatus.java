package io.lowvoltage.actions;

/**
 * The state of a table: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TableDescription.html">TableStatus</a>.
 * Constants are named exactly as the wire values.
 */
public enum TableStatus {
    /** Being created. */
    CREATING,
    /** Being updated. */
    UPDATING,
    /** Being deleted. */
    DELETING,
    /** Ready for use. */
    ACTIVE,
    /** Its KMS key is inaccessible. */
    INACCESSIBLE_ENCRYPTION_CREDENTIALS,
    /** Being archived after losing its KMS key. */
    ARCHIVING,
    /** Archived. */
    ARCHIVED,
    /** A replica whose replication is not authorized. */
    REPLICATION_NOT_AUTHORIZED,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
