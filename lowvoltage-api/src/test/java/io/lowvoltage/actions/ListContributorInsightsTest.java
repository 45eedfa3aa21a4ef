package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import org.junit.jupiter.api.Test;

class ListContributorInsightsTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new ListContributorInsights().tableName("Tbl").nextToken("n").maxResults(5));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"NextToken\":\"n\",\"MaxResults\":5}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.ListContributorInsights");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new ListContributorInsights());

        assertThat(transport.lastBody()).isEqualTo("{}");
    }

    @Test
    void readsEveryResponseMemberAndSkipsUnknownOnes() {
        transport.ok(Fixtures.everyMember("ListContributorInsights"));

        ListContributorInsightsResponse response = connection.request(new ListContributorInsights());

        assertThat(response.contributorInsightsSummaries().get(0).contributorInsightsStatus())
                .isEqualTo(ContributorInsightsStatus.FAILED);
        assertThat(response.toString()).isEqualTo("ListContributorInsightsResponse{contributorInsightsSummaries=[ContributorInsightsSummary{t"
                + "ableName=TableName-143, indexName=IndexName-144, contributorInsightsStatus=FAILED, contrib"
                + "utorInsightsMode=THROTTLED_KEYS}], nextToken=NextToken-145}");
    }

    @Test
    void anEmptyResponseHasNullsAndEmptyLists() {
        transport.ok("{}");

        assertThat(connection.request(new ListContributorInsights()).toString()).isEqualTo("ListContributorInsightsResponse{}");
    }
}
