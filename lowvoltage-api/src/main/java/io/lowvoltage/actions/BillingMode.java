package io.lowvoltage.actions;

/**
 * How reads and writes are charged: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BillingModeSummary.html">BillingMode</a>.
 * Constants are named exactly as the wire values.
 */
public enum BillingMode {
    /** Provisioned capacity, for predictable workloads. */
    PROVISIONED,
    /** On-demand: per request, for unpredictable workloads. */
    PAY_PER_REQUEST,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
