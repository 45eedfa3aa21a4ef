package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import org.junit.jupiter.api.Test;

class GetShardIteratorTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new GetShardIterator("arn:s", "s1",
                ShardIteratorType.AFTER_SEQUENCE_NUMBER).sequenceNumber("42"));

        assertThat(transport.lastBody()).isEqualTo("{\"StreamArn\":\"arn:s\",\"ShardId\":\"s1\",\"ShardIteratorType\":\"AFTER_SEQUENCE_NUMBER\",\"SequenceN"
                + "umber\":\"42\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDBStreams_20120810.GetShardIterator");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new GetShardIterator("arn:s", "s1", ShardIteratorType.TRIM_HORIZON));

        assertThat(transport.lastBody()).isEqualTo("{\"StreamArn\":\"arn:s\",\"ShardId\":\"s1\",\"ShardIteratorType\":\"TRIM_HORIZON\"}");
    }

    @Test
    void aMissingStreamArnFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new GetShardIterator().shardId("s1").shardIteratorTypeLatest()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("GetShardIterator needs StreamArn, which is not set. Set it with new GetShardIterator(strea"
                + "mArn, shardId, shardIteratorType) or .streamArn(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aMissingShardIdFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new GetShardIterator().streamArn("arn:s").shardIteratorTypeTrimHorizon()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("GetShardIterator needs ShardId, which is not set. Set it with new GetShardIterator(streamA"
                + "rn, shardId, shardIteratorType) or .shardId(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aMissingShardIteratorTypeFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new GetShardIterator().streamArn("arn:s").shardId("s1")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("GetShardIterator needs ShardIteratorType, which is not set. Set it with new GetShardIterat"
                + "or(streamArn, shardId, shardIteratorType) or .shardIteratorType(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void readsEveryResponseMemberAndSkipsUnknownOnes() {
        transport.ok(Fixtures.everyMember("GetShardIterator"));

        GetShardIteratorResponse response = connection.request(new GetShardIterator("arn:s", "s1",
                ShardIteratorType.TRIM_HORIZON));

        assertThat(response.shardIterator()).isEqualTo("ShardIterator-166");
        assertThat(response.toString()).isEqualTo("GetShardIteratorResponse{shardIterator=ShardIterator-166}");
    }

    @Test
    void anEmptyResponseHasNullsAndEmptyLists() {
        transport.ok("{}");

        assertThat(connection.request(new GetShardIterator("arn:s", "s1",
                ShardIteratorType.TRIM_HORIZON)).toString()).isEqualTo("GetShardIteratorResponse{}");
    }

    @Test
    void namedConstantsSetTheIteratorType() {
        transport.ok("{}").ok("{}");
        connection.request(new GetShardIterator().streamArn("a").shardId("s").shardIteratorTypeAtSequenceNumber());
        String at = transport.lastBody();
        connection.request(new GetShardIterator().streamArn("a").shardId("s").shardIteratorTypeAfterSequenceNumber());

        assertThat(at).contains("\"AT_SEQUENCE_NUMBER\"");
        assertThat(transport.lastBody()).contains("\"AFTER_SEQUENCE_NUMBER\"");
    }
}
