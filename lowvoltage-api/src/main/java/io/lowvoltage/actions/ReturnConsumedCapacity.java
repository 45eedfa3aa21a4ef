package io.lowvoltage.actions;

/**
 * How much consumed capacity a response reports: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html#DDB-GetItem-request-ReturnConsumedCapacity">ReturnConsumedCapacity</a>.
 */
public enum ReturnConsumedCapacity {
    /** The total, plus the capacity of the table and of each index touched. */
    INDEXES,
    /** The total only. */
    TOTAL,
    /** None: the default. */
    NONE
}
