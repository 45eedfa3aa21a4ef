package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.credentials.StaticCredentials;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import org.junit.jupiter.api.Test;

class ListStreamsTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new ListStreams().tableName("Tbl").limit(2).exclusiveStartStreamArn("arn:s"));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"Limit\":2,\"ExclusiveStartStreamArn\":\"arn:s\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDBStreams_20120810.ListStreams");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new ListStreams());

        assertThat(transport.lastBody()).isEqualTo("{}");
    }

    @Test
    void readsEveryResponseMemberAndSkipsUnknownOnes() {
        transport.ok(Fixtures.everyMember("ListStreams"));

        ListStreamsResponse response = connection.request(new ListStreams());

        assertThat(response.streams().get(0).streamLabel()).isEqualTo("StreamLabel-154");
        assertThat(response.toString()).isEqualTo("ListStreamsResponse{streams=[StreamSummary{streamArn=StreamArn-152, tableName=TableName-15"
                + "3, streamLabel=StreamLabel-154}], lastEvaluatedStreamArn=LastEvaluatedStreamArn-155}");
    }

    @Test
    void anEmptyResponseHasNullsAndEmptyLists() {
        transport.ok("{}");

        assertThat(connection.request(new ListStreams()).toString()).isEqualTo("ListStreamsResponse{}");
    }

    @Test
    void goesToTheStreamsEndpointOfTheRegion() {
        Connection regional = Connection.builder().region("eu-west-1").credentials(new StaticCredentials("AKID",
                "SECRET"))
                .transport(transport).signer((request, parameters) -> request).build();
        transport.ok("{}");

        regional.request(new ListStreams());

        assertThat(transport.lastRequest().uri()).hasToString("https://streams.dynamodb.eu-west-1.amazonaws.com/");
        assertThat(transport.lastRequest().headers())
                .containsEntry("X-Amz-Target", "DynamoDBStreams_20120810.ListStreams");
    }
}
