package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import org.junit.jupiter.api.Test;

class DescribeKinesisStreamingDestinationTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new DescribeKinesisStreamingDestination("Tbl"));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.DescribeKinesisStreamingDestination");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new DescribeKinesisStreamingDestination("Tbl"));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\"}");
    }

    @Test
    void aMissingTableNameFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new DescribeKinesisStreamingDestination()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("DescribeKinesisStreamingDestination needs TableName, which is not set. Set it with new Des"
                + "cribeKinesisStreamingDestination(tableName) or .tableName(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void readsEveryResponseMemberAndSkipsUnknownOnes() {
        transport.ok(Fixtures.everyMember("DescribeKinesisStreamingDestination"));

        DescribeKinesisStreamingDestinationResponse response = connection.request(new DescribeKinesisStreamingDestination("Tbl"));

        assertThat(response.kinesisDataStreamDestinations().get(0).approximateCreationDateTimePrecision())
                .isEqualTo(ApproximateCreationDateTimePrecision.MICROSECOND);
        assertThat(response.toString()).isEqualTo("DescribeKinesisStreamingDestinationResponse{tableName=TableName-132, kinesisDataStreamDest"
                + "inations=[KinesisDataStreamDestination{streamArn=StreamArn-133, destinationStatus=UPDATING"
                + ", destinationStatusDescription=DestinationStatusDescription-134, approximateCreationDateTi"
                + "mePrecision=MICROSECOND}]}");
    }

    @Test
    void anEmptyResponseHasNullsAndEmptyLists() {
        transport.ok("{}");

        assertThat(connection.request(new DescribeKinesisStreamingDestination("Tbl")).toString()).isEqualTo("DescribeKinesisStreamingDestinationResponse{}");
    }
}
