package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DescribeContributorInsightsTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new DescribeContributorInsights("Tbl").indexName("gsi"));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"IndexName\":\"gsi\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.DescribeContributorInsights");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new DescribeContributorInsights("Tbl"));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\"}");
    }

    @Test
    void aMissingTableNameFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new DescribeContributorInsights()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("DescribeContributorInsights needs TableName, which is not set. Set it with new DescribeCon"
                + "tributorInsights(tableName) or .tableName(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void readsEveryResponseMemberAndSkipsUnknownOnes() {
        transport.ok(Fixtures.everyMember("DescribeContributorInsights"));

        DescribeContributorInsightsResponse response = connection.request(new DescribeContributorInsights("Tbl"));

        assertThat(response.lastUpdateDateTime()).isEqualTo(Instant.parse("2023-11-14T22:15:40.125Z"));
        assertThat(response.failureException().exceptionName()).isEqualTo("ExceptionName-141");
        assertThat(response.contributorInsightsMode()).isEqualTo(ContributorInsightsMode.THROTTLED_KEYS);
        assertThat(response.toString()).isEqualTo("DescribeContributorInsightsResponse{tableName=TableName-137, indexName=IndexName-138, cont"
                + "ributorInsightsRuleList=[ContributorInsightsRuleList-139], contributorInsightsStatus=FAILE"
                + "D, lastUpdateDateTime=2023-11-14T22:15:40.125Z, failureException=FailureException{exceptio"
                + "nName=ExceptionName-141, exceptionDescription=ExceptionDescription-142}, contributorInsigh"
                + "tsMode=THROTTLED_KEYS}");
    }

    @Test
    void anEmptyResponseHasNullsAndEmptyLists() {
        transport.ok("{}");

        assertThat(connection.request(new DescribeContributorInsights("Tbl")).toString()).isEqualTo("DescribeContributorInsightsResponse{}");
    }
}
