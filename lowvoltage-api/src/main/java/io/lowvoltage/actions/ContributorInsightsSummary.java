package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * CloudWatch Contributor Insights of one table or index, as ListContributorInsights lists it: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ContributorInsightsSummary.html">ContributorInsightsSummary</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class ContributorInsightsSummary {
    private final String tableName;
    private final String indexName;
    private final ContributorInsightsStatus contributorInsightsStatus;
    private final ContributorInsightsMode contributorInsightsMode;

    private ContributorInsightsSummary(String tableName, String indexName,
            ContributorInsightsStatus contributorInsightsStatus, ContributorInsightsMode contributorInsightsMode) {
        this.tableName = tableName;
        this.indexName = indexName;
        this.contributorInsightsStatus = contributorInsightsStatus;
        this.contributorInsightsMode = contributorInsightsMode;
    }

    static ContributorInsightsSummary read(JsonParser parser) {
        String tableName = null;
        String indexName = null;
        ContributorInsightsStatus contributorInsightsStatus = null;
        ContributorInsightsMode contributorInsightsMode = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "TableName" -> tableName = JsonReads.string(parser);
                case "IndexName" -> indexName = JsonReads.string(parser);
                case "ContributorInsightsStatus" -> contributorInsightsStatus = Enums.read(parser,
                        ContributorInsightsStatus.class);
                case "ContributorInsightsMode" -> contributorInsightsMode = Enums.read(parser,
                        ContributorInsightsMode.class);
                default -> parser.skipChildren();
            }
        }
        return new ContributorInsightsSummary(tableName, indexName, contributorInsightsStatus, contributorInsightsMode);
    }

    /** @return the table's name (API member {@code TableName}), or {@code null} */
    public String tableName() {
        return tableName;
    }

    /** @return the index's name, when the summary is about an index (API member {@code IndexName}), or {@code null} */
    public String indexName() {
        return indexName;
    }

    /** @return where Contributor Insights stands (API member {@code ContributorInsightsStatus}), or {@code null} */
    public ContributorInsightsStatus contributorInsightsStatus() {
        return contributorInsightsStatus;
    }

    /** @return which keys are reported on (API member {@code ContributorInsightsMode}), or {@code null} */
    public ContributorInsightsMode contributorInsightsMode() {
        return contributorInsightsMode;
    }

    @Override
    public String toString() {
        return Shapes.toString("ContributorInsightsSummary", "tableName", tableName, "indexName", indexName,
                "contributorInsightsStatus", contributorInsightsStatus, "contributorInsightsMode",
                        contributorInsightsMode);
    }
}
