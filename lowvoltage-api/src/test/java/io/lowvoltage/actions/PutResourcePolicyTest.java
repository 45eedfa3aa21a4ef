package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import org.junit.jupiter.api.Test;

class PutResourcePolicyTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new PutResourcePolicy("arn:t",
                "{}").expectedRevisionId("r1").confirmRemoveSelfResourceAccess(true));

        assertThat(transport.lastBody()).isEqualTo("{\"ResourceArn\":\"arn:t\",\"Policy\":\"{}\",\"ExpectedRevisionId\":\"r1\",\"ConfirmRemoveSelfResourceA"
                + "ccess\":true}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.PutResourcePolicy");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new PutResourcePolicy("arn:t", "{}"));

        assertThat(transport.lastBody()).isEqualTo("{\"ResourceArn\":\"arn:t\",\"Policy\":\"{}\"}");
    }

    @Test
    void aMissingResourceArnFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new PutResourcePolicy().policy("{}")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("PutResourcePolicy needs ResourceArn, which is not set. Set it with new PutResourcePolicy(r"
                + "esourceArn, policy) or .resourceArn(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aMissingPolicyFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new PutResourcePolicy().resourceArn("arn:t")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("PutResourcePolicy needs Policy, which is not set. Set it with new PutResourcePolicy(resour"
                + "ceArn, policy) or .policy(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void readsEveryResponseMemberAndSkipsUnknownOnes() {
        transport.ok(Fixtures.everyMember("PutResourcePolicy"));

        PutResourcePolicyResponse response = connection.request(new PutResourcePolicy("arn:t", "{}"));

        assertThat(response.revisionId()).isEqualTo("RevisionId-150");
        assertThat(response.toString()).isEqualTo("PutResourcePolicyResponse{revisionId=RevisionId-150}");
    }

    @Test
    void anEmptyResponseHasNullsAndEmptyLists() {
        transport.ok("{}");

        assertThat(connection.request(new PutResourcePolicy("arn:t",
                "{}")).toString()).isEqualTo("PutResourcePolicyResponse{}");
    }
}
