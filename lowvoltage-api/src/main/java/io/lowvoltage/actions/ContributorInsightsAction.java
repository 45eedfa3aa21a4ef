package io.lowvoltage.actions;

/**
 * Whether to turn CloudWatch Contributor Insights on or off: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateContributorInsights.html">ContributorInsightsAction</a>.
 * Constants are named exactly as the wire values.
 */
public enum ContributorInsightsAction {
    /** Turn it on. */
    ENABLE,
    /** Turn it off. */
    DISABLE
}
