package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import org.junit.jupiter.api.Test;

class UpdateKinesisStreamingDestinationTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new UpdateKinesisStreamingDestination("Tbl",
                "arn:k").updateKinesisStreamingConfiguration(UpdateKinesisStreamingConfiguration.microsecond()));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"StreamArn\":\"arn:k\",\"UpdateKinesisStreamingConfiguration\":{\"ApproximateCr"
                + "eationDateTimePrecision\":\"MICROSECOND\"}}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.UpdateKinesisStreamingDestination");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new UpdateKinesisStreamingDestination("Tbl", "arn:k"));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"StreamArn\":\"arn:k\"}");
    }

    @Test
    void aMissingTableNameFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new UpdateKinesisStreamingDestination().streamArn("arn:k")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("UpdateKinesisStreamingDestination needs TableName, which is not set. Set it with new Updat"
                + "eKinesisStreamingDestination(tableName, streamArn) or .tableName(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aMissingStreamArnFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new UpdateKinesisStreamingDestination().tableName("Tbl")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("UpdateKinesisStreamingDestination needs StreamArn, which is not set. Set it with new Updat"
                + "eKinesisStreamingDestination(tableName, streamArn) or .streamArn(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void readsEveryResponseMemberAndSkipsUnknownOnes() {
        transport.ok(Fixtures.everyMember("UpdateKinesisStreamingDestination"));

        UpdateKinesisStreamingDestinationResponse response = connection.request(new UpdateKinesisStreamingDestination("Tbl", "arn:k"));

        assertThat(response.destinationStatus()).isEqualTo(DestinationStatus.UPDATING);
        assertThat(response.updateKinesisStreamingConfiguration()).isEqualTo(UpdateKinesisStreamingConfiguration.microsecond());
        assertThat(response.updateKinesisStreamingConfiguration()).isNotEqualTo(UpdateKinesisStreamingConfiguration.millisecond());
        assertThat(response.toString()).isEqualTo("UpdateKinesisStreamingDestinationResponse{tableName=TableName-135, streamArn=StreamArn-136"
                + ", destinationStatus=UPDATING, configuration=UpdateKinesisStreamingConfiguration{approximat"
                + "eCreationDateTimePrecision=MICROSECOND}}");
    }

    @Test
    void anEmptyResponseHasNullsAndEmptyLists() {
        transport.ok("{}");

        assertThat(connection.request(new UpdateKinesisStreamingDestination("Tbl",
                "arn:k")).toString()).isEqualTo("UpdateKinesisStreamingDestinationResponse{}");
    }
}
