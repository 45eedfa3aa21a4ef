package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link UpdateContributorInsights} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateContributorInsights.html#API_UpdateContributorInsights_ResponseSyntax">UpdateContributorInsights response</a>.
 * Its members are those of a {@link ContributorInsightsSummary}, which it reads them with. Immutable; a value
 * DynamoDB did not report is {@code null}.
 */
public final class UpdateContributorInsightsResponse {
    private final ContributorInsightsSummary summary;

    private UpdateContributorInsightsResponse(ContributorInsightsSummary summary) {
        this.summary = summary;
    }

    static UpdateContributorInsightsResponse read(JsonParser parser) {
        return new UpdateContributorInsightsResponse(ContributorInsightsSummary.read(parser));
    }

    /** @return the table's name (API member {@code TableName}), or {@code null} */
    public String tableName() {
        return summary.tableName();
    }

    /** @return the index's name, when the update is about an index (API member {@code IndexName}), or {@code null} */
    public String indexName() {
        return summary.indexName();
    }

    /** @return where Contributor Insights stands (API member {@code ContributorInsightsStatus}), or {@code null} */
    public ContributorInsightsStatus contributorInsightsStatus() {
        return summary.contributorInsightsStatus();
    }

    /** @return which keys are reported on (API member {@code ContributorInsightsMode}), or {@code null} */
    public ContributorInsightsMode contributorInsightsMode() {
        return summary.contributorInsightsMode();
    }

    @Override
    public String toString() {
        return "UpdateContributorInsightsResponse" + summary.toString().substring("ContributorInsightsSummary".length());
    }
}
