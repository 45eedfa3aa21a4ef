package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import org.junit.jupiter.api.Test;

class UpdateContributorInsightsTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new UpdateContributorInsights("Tbl",
                ContributorInsightsAction.ENABLE).indexName("gsi").contributorInsightsModeThrottledKeys());

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"IndexName\":\"gsi\",\"ContributorInsightsAction\":\"ENABLE\",\"ContributorInsigh"
                + "tsMode\":\"THROTTLED_KEYS\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.UpdateContributorInsights");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new UpdateContributorInsights("Tbl", ContributorInsightsAction.DISABLE));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"ContributorInsightsAction\":\"DISABLE\"}");
    }

    @Test
    void aMissingTableNameFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new UpdateContributorInsights().contributorInsightsActionEnable()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("UpdateContributorInsights needs TableName, which is not set. Set it with new UpdateContrib"
                + "utorInsights(tableName, contributorInsightsAction) or .tableName(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aMissingContributorInsightsActionFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new UpdateContributorInsights().tableName("Tbl")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("UpdateContributorInsights needs ContributorInsightsAction, which is not set. Set it with n"
                + "ew UpdateContributorInsights(tableName, contributorInsightsAction) or .contributorInsights"
                + "Action(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void readsEveryResponseMemberAndSkipsUnknownOnes() {
        transport.ok(Fixtures.everyMember("UpdateContributorInsights"));

        UpdateContributorInsightsResponse response = connection.request(new UpdateContributorInsights("Tbl",
                ContributorInsightsAction.DISABLE));

        assertThat(response.contributorInsightsStatus()).isEqualTo(ContributorInsightsStatus.FAILED);
        assertThat(response.toString()).isEqualTo("UpdateContributorInsightsResponse{tableName=TableName-146, indexName=IndexName-147, contri"
                + "butorInsightsStatus=FAILED, contributorInsightsMode=THROTTLED_KEYS}");
    }

    @Test
    void anEmptyResponseHasNullsAndEmptyLists() {
        transport.ok("{}");

        assertThat(connection.request(new UpdateContributorInsights("Tbl",
                ContributorInsightsAction.DISABLE)).toString()).isEqualTo("UpdateContributorInsightsResponse{}");
    }

    @Test
    void namedConstantsSetTheirEnums() {
        transport.ok("{}");
        connection.request(new UpdateContributorInsights().tableName("Tbl").contributorInsightsActionDisable()
                .contributorInsightsModeAccessedAndThrottledKeys());

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"ContributorInsightsAction\":\"DISABLE\","
                + "\"ContributorInsightsMode\":\"ACCESSED_AND_THROTTLED_KEYS\"}");
    }
}
