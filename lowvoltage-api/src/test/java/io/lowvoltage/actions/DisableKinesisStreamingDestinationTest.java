package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import org.junit.jupiter.api.Test;

class DisableKinesisStreamingDestinationTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new DisableKinesisStreamingDestination("Tbl",
                "arn:k").enableKinesisStreamingConfiguration(EnableKinesisStreamingConfiguration.microsecond()));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"StreamArn\":\"arn:k\",\"EnableKinesisStreamingConfiguration\":{\"ApproximateCr"
                + "eationDateTimePrecision\":\"MICROSECOND\"}}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.DisableKinesisStreamingDestination");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new DisableKinesisStreamingDestination("Tbl", "arn:k"));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"StreamArn\":\"arn:k\"}");
    }

    @Test
    void aMissingTableNameFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new DisableKinesisStreamingDestination().streamArn("arn:k")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("DisableKinesisStreamingDestination needs TableName, which is not set. Set it with new Disa"
                + "bleKinesisStreamingDestination(tableName, streamArn) or .tableName(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aMissingStreamArnFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new DisableKinesisStreamingDestination().tableName("Tbl")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("DisableKinesisStreamingDestination needs StreamArn, which is not set. Set it with new Disa"
                + "bleKinesisStreamingDestination(tableName, streamArn) or .streamArn(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void readsEveryResponseMemberAndSkipsUnknownOnes() {
        transport.ok(Fixtures.everyMember("DisableKinesisStreamingDestination"));

        DisableKinesisStreamingDestinationResponse response = connection.request(new DisableKinesisStreamingDestination("Tbl", "arn:k"));

        assertThat(response.destinationStatus()).isEqualTo(DestinationStatus.UPDATING);
        assertThat(response.enableKinesisStreamingConfiguration()).isEqualTo(EnableKinesisStreamingConfiguration.microsecond());
        assertThat(response.enableKinesisStreamingConfiguration()).isNotEqualTo(EnableKinesisStreamingConfiguration.millisecond());
        assertThat(response.toString()).isEqualTo("DisableKinesisStreamingDestinationResponse{tableName=TableName-130, streamArn=StreamArn-13"
                + "1, destinationStatus=UPDATING, configuration=EnableKinesisStreamingConfiguration{approxima"
                + "teCreationDateTimePrecision=MICROSECOND}}");
    }

    @Test
    void anEmptyResponseHasNullsAndEmptyLists() {
        transport.ok("{}");

        assertThat(connection.request(new DisableKinesisStreamingDestination("Tbl",
                "arn:k")).toString()).isEqualTo("DisableKinesisStreamingDestinationResponse{}");
    }
}
