package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * What {@link DescribeContributorInsights} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeContributorInsights.html#API_DescribeContributorInsights_ResponseSyntax">DescribeContributorInsights response</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class DescribeContributorInsightsResponse {
    private final String tableName;
    private final String indexName;
    private final List<String> contributorInsightsRuleList;
    private final ContributorInsightsStatus contributorInsightsStatus;
    private final Instant lastUpdateDateTime;
    private final FailureException failureException;
    private final ContributorInsightsMode contributorInsightsMode;

    private DescribeContributorInsightsResponse(String tableName, String indexName,
            List<String> contributorInsightsRuleList, ContributorInsightsStatus contributorInsightsStatus,
                    Instant lastUpdateDateTime, FailureException failureException,
                            ContributorInsightsMode contributorInsightsMode) {
        this.tableName = tableName;
        this.indexName = indexName;
        this.contributorInsightsRuleList = contributorInsightsRuleList;
        this.contributorInsightsStatus = contributorInsightsStatus;
        this.lastUpdateDateTime = lastUpdateDateTime;
        this.failureException = failureException;
        this.contributorInsightsMode = contributorInsightsMode;
    }

    static DescribeContributorInsightsResponse read(JsonParser parser) {
        String tableName = null;
        String indexName = null;
        List<String> contributorInsightsRuleList = List.of();
        ContributorInsightsStatus contributorInsightsStatus = null;
        Instant lastUpdateDateTime = null;
        FailureException failureException = null;
        ContributorInsightsMode contributorInsightsMode = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "TableName" -> tableName = JsonReads.string(parser);
                case "IndexName" -> indexName = JsonReads.string(parser);
                case "ContributorInsightsRuleList" -> contributorInsightsRuleList = JsonReads.list(parser,
                        JsonReads::string);
                case "ContributorInsightsStatus" -> contributorInsightsStatus = Enums.read(parser,
                        ContributorInsightsStatus.class);
                case "LastUpdateDateTime" -> lastUpdateDateTime = JsonReads.instant(parser);
                case "FailureException" -> failureException = FailureException.read(parser);
                case "ContributorInsightsMode" -> contributorInsightsMode = Enums.read(parser,
                        ContributorInsightsMode.class);
                default -> parser.skipChildren();
            }
        }
        return new DescribeContributorInsightsResponse(tableName, indexName, contributorInsightsRuleList,
                contributorInsightsStatus, lastUpdateDateTime, failureException, contributorInsightsMode);
    }

    /** @return the table's name (API member {@code TableName}), or {@code null} */
    public String tableName() {
        return tableName;
    }

    /** @return the index's name, when the description is about an index (API member {@code IndexName}), or {@code null} */
    public String indexName() {
        return indexName;
    }

    /** @return the names of the Contributor Insights rules (API member {@code ContributorInsightsRuleList}) */
    public List<String> contributorInsightsRuleList() {
        return contributorInsightsRuleList;
    }

    /** @return where Contributor Insights stands (API member {@code ContributorInsightsStatus}), or {@code null} */
    public ContributorInsightsStatus contributorInsightsStatus() {
        return contributorInsightsStatus;
    }

    /** @return when Contributor Insights was last turned on or off (API member {@code LastUpdateDateTime}), or {@code null} */
    public Instant lastUpdateDateTime() {
        return lastUpdateDateTime;
    }

    /** @return why turning it on or off failed (API member {@code FailureException}), or {@code null} */
    public FailureException failureException() {
        return failureException;
    }

    /** @return which keys are reported on (API member {@code ContributorInsightsMode}), or {@code null} */
    public ContributorInsightsMode contributorInsightsMode() {
        return contributorInsightsMode;
    }

    @Override
    public String toString() {
        return Shapes.toString("DescribeContributorInsightsResponse", "tableName", tableName, "indexName", indexName,
                "contributorInsightsRuleList", contributorInsightsRuleList, "contributorInsightsStatus",
                        contributorInsightsStatus, "lastUpdateDateTime", lastUpdateDateTime, "failureException",
                                failureException, "contributorInsightsMode", contributorInsightsMode);
    }
}
