package io.lowvoltage.actions;

/**
 * Which keys CloudWatch Contributor Insights reports on: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ContributorInsightsSummary.html">ContributorInsightsMode</a>.
 * Constants are named exactly as the wire values.
 */
public enum ContributorInsightsMode {
    /** The most accessed and the most throttled keys. */
    ACCESSED_AND_THROTTLED_KEYS,
    /** The most throttled keys only. */
    THROTTLED_KEYS,
    /** A value newer than this version of LowVoltage. */
    UNKNOWN_TO_LOWVOLTAGE
}
