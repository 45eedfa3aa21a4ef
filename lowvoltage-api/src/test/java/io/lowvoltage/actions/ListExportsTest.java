package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import org.junit.jupiter.api.Test;

class ListExportsTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new ListExports().tableArn("arn:t").maxResults(10).nextToken("n"));

        assertThat(transport.lastBody()).isEqualTo("{\"TableArn\":\"arn:t\",\"MaxResults\":10,\"NextToken\":\"n\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target", "DynamoDB_20120810.ListExports");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new ListExports());

        assertThat(transport.lastBody()).isEqualTo("{}");
    }

    @Test
    void readsEveryResponseMemberAndSkipsUnknownOnes() {
        transport.ok(Fixtures.everyMember("ListExports"));

        ListExportsResponse response = connection.request(new ListExports());

        assertThat(response.exportSummaries()).hasSize(1);
        assertThat(response.exportSummaries().get(0).exportType()).isEqualTo(ExportType.INCREMENTAL_EXPORT);
        assertThat(response.nextToken()).isEqualTo("NextToken-38");
        assertThat(response.toString()).isEqualTo("ListExportsResponse{exportSummaries=[ExportSummary{exportArn=ExportArn-37, exportStatus=FA"
                + "ILED, exportType=INCREMENTAL_EXPORT}], nextToken=NextToken-38}");
    }

    @Test
    void anEmptyResponseHasNullsAndEmptyLists() {
        transport.ok("{}");

        assertThat(connection.request(new ListExports()).toString()).isEqualTo("ListExportsResponse{}");
    }
}
