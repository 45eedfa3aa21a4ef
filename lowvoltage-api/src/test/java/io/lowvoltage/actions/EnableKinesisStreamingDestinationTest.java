package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import org.junit.jupiter.api.Test;

class EnableKinesisStreamingDestinationTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new EnableKinesisStreamingDestination("Tbl",
                "arn:k").enableKinesisStreamingConfiguration(EnableKinesisStreamingConfiguration.microsecond()));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"StreamArn\":\"arn:k\",\"EnableKinesisStreamingConfiguration\":{\"ApproximateCr"
                + "eationDateTimePrecision\":\"MICROSECOND\"}}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.EnableKinesisStreamingDestination");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new EnableKinesisStreamingDestination("Tbl", "arn:k"));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"StreamArn\":\"arn:k\"}");
    }

    @Test
    void aMissingTableNameFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new EnableKinesisStreamingDestination().streamArn("arn:k")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("EnableKinesisStreamingDestination needs TableName, which is not set. Set it with new Enabl"
                + "eKinesisStreamingDestination(tableName, streamArn) or .tableName(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aMissingStreamArnFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new EnableKinesisStreamingDestination().tableName("Tbl")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("EnableKinesisStreamingDestination needs StreamArn, which is not set. Set it with new Enabl"
                + "eKinesisStreamingDestination(tableName, streamArn) or .streamArn(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void readsEveryResponseMemberAndSkipsUnknownOnes() {
        transport.ok(Fixtures.everyMember("EnableKinesisStreamingDestination"));

        EnableKinesisStreamingDestinationResponse response = connection.request(new EnableKinesisStreamingDestination("Tbl", "arn:k"));

        assertThat(response.destinationStatus()).isEqualTo(DestinationStatus.UPDATING);
        assertThat(response.enableKinesisStreamingConfiguration()).isEqualTo(EnableKinesisStreamingConfiguration.microsecond());
        assertThat(response.enableKinesisStreamingConfiguration()).isNotEqualTo(EnableKinesisStreamingConfiguration.millisecond());
        assertThat(response.toString()).isEqualTo("EnableKinesisStreamingDestinationResponse{tableName=TableName-128, streamArn=StreamArn-129"
                + ", destinationStatus=UPDATING, configuration=EnableKinesisStreamingConfiguration{approximat"
                + "eCreationDateTimePrecision=MICROSECOND}}");
    }

    @Test
    void anEmptyResponseHasNullsAndEmptyLists() {
        transport.ok("{}");

        assertThat(connection.request(new EnableKinesisStreamingDestination("Tbl",
                "arn:k")).toString()).isEqualTo("EnableKinesisStreamingDestinationResponse{}");
    }
}
