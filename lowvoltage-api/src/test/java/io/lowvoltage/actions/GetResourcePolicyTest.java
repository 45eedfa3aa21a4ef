package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import org.junit.jupiter.api.Test;

class GetResourcePolicyTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new GetResourcePolicy("arn:t"));

        assertThat(transport.lastBody()).isEqualTo("{\"ResourceArn\":\"arn:t\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.GetResourcePolicy");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new GetResourcePolicy("arn:t"));

        assertThat(transport.lastBody()).isEqualTo("{\"ResourceArn\":\"arn:t\"}");
    }

    @Test
    void aMissingResourceArnFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new GetResourcePolicy()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("GetResourcePolicy needs ResourceArn, which is not set. Set it with new GetResourcePolicy(r"
                + "esourceArn) or .resourceArn(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void readsEveryResponseMemberAndSkipsUnknownOnes() {
        transport.ok(Fixtures.everyMember("GetResourcePolicy"));

        GetResourcePolicyResponse response = connection.request(new GetResourcePolicy("arn:t"));

        assertThat(response.policy()).isEqualTo("Policy-148");
        assertThat(response.toString()).isEqualTo("GetResourcePolicyResponse{policy=Policy-148, revisionId=RevisionId-149}");
    }

    @Test
    void anEmptyResponseHasNullsAndEmptyLists() {
        transport.ok("{}");

        assertThat(connection.request(new GetResourcePolicy("arn:t")).toString()).isEqualTo("GetResourcePolicyResponse{}");
    }
}
