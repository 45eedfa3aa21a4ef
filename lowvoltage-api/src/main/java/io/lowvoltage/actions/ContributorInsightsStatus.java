package io.lowvoltage.actions;

/**
 * Where CloudWatch Contributor Insights stands for a table or index: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ContributorInsightsSummary.html">ContributorInsightsStatus</a>.
 * Constants are named exactly as the wire values.
 */
public enum ContributorInsightsStatus {
    /** Being turned on. */
    ENABLING,
    /** On. */
    ENABLED,
    /** Being turned off. */
    DISABLING,
    /** Off. */
    DISABLED,
    /** Turning it on or off failed; see the failure exception. */
    FAILED,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
