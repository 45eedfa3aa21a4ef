package io.lowvoltage.actions;

/**
 * Why one statement of a {@link BatchExecuteStatement} failed: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchStatementError.html">BatchStatementErrorCodeEnum</a>.
 *
 * <p>The constants are named exactly as the wire values, which for this enum are CamelCase
 * ({@code ConditionalCheckFailed}) rather than the UPPER_SNAKE of the other DynamoDB enums: the name is the
 * contract, so that reading a code is one {@code valueOf} and {@code name()} gives back what DynamoDB sent.
 */
public enum BatchStatementErrorCodeEnum {
    /** The condition of a write did not hold. */
    ConditionalCheckFailed,
    /** An item collection would exceed 10 GB. */
    ItemCollectionSizeLimitExceeded,
    /** The account's request rate was exceeded. */
    RequestLimitExceeded,
    /** The statement is not valid. */
    ValidationError,
    /** The table's provisioned throughput was exceeded. */
    ProvisionedThroughputExceeded,
    /** Another transaction was writing the item. */
    TransactionConflict,
    /** The request was throttled. */
    ThrottlingError,
    /** DynamoDB failed; the statement may be retried. */
    InternalServerError,
    /** The table does not exist. */
    ResourceNotFound,
    /** Access to the table was denied. */
    AccessDenied,
    /** An INSERT found an item with the same key. */
    DuplicateItem,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
