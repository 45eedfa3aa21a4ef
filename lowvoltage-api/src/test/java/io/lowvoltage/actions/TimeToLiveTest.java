package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import org.junit.jupiter.api.Test;

/** DescribeTimeToLive and UpdateTimeToLive, which share their shapes. */
class TimeToLiveTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void describeWritesTheTableNameAndReadsTheDescription() {
        transport.ok("{\"TimeToLiveDescription\":{\"TimeToLiveStatus\":\"ENABLED\",\"AttributeName\":\"exp\","
                + "\"Future\":1},\"Unknown\":[]}");

        DescribeTimeToLiveResponse response = connection.request(new DescribeTimeToLive("Tbl"));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\"}");
        assertThat(transport.lastRequest().headers())
                .containsEntry("X-Amz-Target", "DynamoDB_20120810.DescribeTimeToLive");
        assertThat(response.timeToLiveDescription().timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
        assertThat(response.timeToLiveDescription().attributeName()).isEqualTo("exp");
        assertThat(response).hasToString("DescribeTimeToLiveResponse{TimeToLiveDescription{timeToLiveStatus=ENABLED,"
                + " attributeName=exp}}");
    }

    @Test
    void describeReadsAStatusNewerThanThisVersionAndAnEmptyResponse() {
        transport.ok("{\"TimeToLiveDescription\":{\"TimeToLiveStatus\":\"PAUSED\"}}").ok("{}");
        TimeToLiveDescription description = connection.request(new DescribeTimeToLive().tableName("Tbl"))
                .timeToLiveDescription();
        assertThat(description.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.UNKNOWN_TO_LOWVOLTAGE);
        assertThat(description.attributeName()).isNull();
        assertThat(connection.request(new DescribeTimeToLive("Tbl")).timeToLiveDescription()).isNull();
    }

    @Test
    void updateWritesTheSpecificationAndReadsItBack() {
        transport.ok("{\"TimeToLiveSpecification\":{\"Enabled\":true,\"AttributeName\":\"exp\",\"Future\":1}}");

        UpdateTimeToLiveResponse response = connection.request(new UpdateTimeToLive("Tbl").enabled("exp"));

        assertThat(transport.lastBody())
                .isEqualTo("{\"TableName\":\"Tbl\",\"TimeToLiveSpecification\":{\"Enabled\":true,\"AttributeName\":\"exp\"}}");
        assertThat(transport.lastRequest().headers())
                .containsEntry("X-Amz-Target", "DynamoDB_20120810.UpdateTimeToLive");
        assertThat(response.timeToLiveSpecification()).isEqualTo(TimeToLiveSpecification.enabled("exp"));
        assertThat(response).hasToString("UpdateTimeToLiveResponse{TimeToLiveSpecification{enabled=true,"
                + " attributeName=exp}}");
    }

    @Test
    void disablingAndTheSpecificationSetterWriteTheSameBytes() {
        transport.ok("{}").ok("{}");
        connection.request(new UpdateTimeToLive("Tbl").disabled("exp"));
        String disabled = transport.lastBody();
        connection.request(new UpdateTimeToLive().tableName("Tbl")
                .timeToLiveSpecification(TimeToLiveSpecification.of(false, "exp")));
        assertThat(transport.lastBody()).isEqualTo(disabled)
                .isEqualTo("{\"TableName\":\"Tbl\",\"TimeToLiveSpecification\":{\"Enabled\":false,\"AttributeName\":\"exp\"}}");
    }

    @Test
    void mandatoryMembersFailBeforeSending() {
        assertThatThrownBy(() -> connection.request(new DescribeTimeToLive()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("DescribeTimeToLive needs TableName, which is not set. Set it with"
                        + " new DescribeTimeToLive(tableName) or .tableName(...)");
        assertThatThrownBy(() -> connection.request(new UpdateTimeToLive().enabled("exp")))
                .isInstanceOf(BuilderException.class).hasMessageStartingWith("UpdateTimeToLive needs TableName");
        assertThatThrownBy(() -> connection.request(new UpdateTimeToLive("Tbl")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("UpdateTimeToLive needs TimeToLiveSpecification, which is not set. Set it with"
                        + " .enabled(attributeName) or .disabled(attributeName)");
        assertThat(transport.requests()).isEmpty();
    }
}
