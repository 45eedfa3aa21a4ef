package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import org.junit.jupiter.api.Test;

class DeleteResourcePolicyTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new DeleteResourcePolicy("arn:t").expectedRevisionId("r1"));

        assertThat(transport.lastBody()).isEqualTo("{\"ResourceArn\":\"arn:t\",\"ExpectedRevisionId\":\"r1\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.DeleteResourcePolicy");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new DeleteResourcePolicy("arn:t"));

        assertThat(transport.lastBody()).isEqualTo("{\"ResourceArn\":\"arn:t\"}");
    }

    @Test
    void aMissingResourceArnFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new DeleteResourcePolicy()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("DeleteResourcePolicy needs ResourceArn, which is not set. Set it with new DeleteResourcePo"
                + "licy(resourceArn) or .resourceArn(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void readsEveryResponseMemberAndSkipsUnknownOnes() {
        transport.ok(Fixtures.everyMember("DeleteResourcePolicy"));

        DeleteResourcePolicyResponse response = connection.request(new DeleteResourcePolicy("arn:t"));

        assertThat(response.revisionId()).isEqualTo("RevisionId-151");
        assertThat(response.toString()).isEqualTo("DeleteResourcePolicyResponse{revisionId=RevisionId-151}");
    }

    @Test
    void anEmptyResponseHasNullsAndEmptyLists() {
        transport.ok("{}");

        assertThat(connection.request(new DeleteResourcePolicy("arn:t")).toString()).isEqualTo("DeleteResourcePolicyResponse{}");
    }
}
