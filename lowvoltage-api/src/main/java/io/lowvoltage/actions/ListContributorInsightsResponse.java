package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * What {@link ListContributorInsights} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListContributorInsights.html#API_ListContributorInsights_ResponseSyntax">ListContributorInsights response</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class ListContributorInsightsResponse {
    private final List<ContributorInsightsSummary> contributorInsightsSummaries;
    private final String nextToken;

    private ListContributorInsightsResponse(List<ContributorInsightsSummary> contributorInsightsSummaries,
            String nextToken) {
        this.contributorInsightsSummaries = contributorInsightsSummaries;
        this.nextToken = nextToken;
    }

    static ListContributorInsightsResponse read(JsonParser parser) {
        List<ContributorInsightsSummary> contributorInsightsSummaries = List.of();
        String nextToken = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "ContributorInsightsSummaries" -> contributorInsightsSummaries = JsonReads.list(parser,
                        ContributorInsightsSummary::read);
                case "NextToken" -> nextToken = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new ListContributorInsightsResponse(contributorInsightsSummaries, nextToken);
    }

    /** @return the summaries of this page (API member {@code ContributorInsightsSummaries}) */
    public List<ContributorInsightsSummary> contributorInsightsSummaries() {
        return contributorInsightsSummaries;
    }

    /** @return the token of the next page; {@code null} when this is the last page (API member {@code NextToken}), or {@code null} */
    public String nextToken() {
        return nextToken;
    }

    @Override
    public String toString() {
        return Shapes.toString("ListContributorInsightsResponse", "contributorInsightsSummaries",
                contributorInsightsSummaries, "nextToken", nextToken);
    }
}
