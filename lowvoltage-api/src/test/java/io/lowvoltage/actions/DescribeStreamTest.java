package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import org.junit.jupiter.api.Test;

class DescribeStreamTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new DescribeStream("arn:s").limit(3).exclusiveStartShardId("s1").shardFilter(ShardFilter.childShards("s0")));

        assertThat(transport.lastBody()).isEqualTo("{\"StreamArn\":\"arn:s\",\"Limit\":3,\"ExclusiveStartShardId\":\"s1\",\"ShardFilter\":{\"Type\":\"CHILD_S"
                + "HARDS\",\"ShardId\":\"s0\"}}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDBStreams_20120810.DescribeStream");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new DescribeStream("arn:s"));

        assertThat(transport.lastBody()).isEqualTo("{\"StreamArn\":\"arn:s\"}");
    }

    @Test
    void aMissingStreamArnFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new DescribeStream()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("DescribeStream needs StreamArn, which is not set. Set it with new DescribeStream(streamArn"
                + ") or .streamArn(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void readsEveryResponseMemberAndSkipsUnknownOnes() {
        transport.ok(Fixtures.everyMember("DescribeStream"));

        DescribeStreamResponse response = connection.request(new DescribeStream("arn:s"));

        StreamDescription stream = response.streamDescription();
        assertThat(stream.streamStatus()).isEqualTo(StreamStatus.DISABLED);
        assertThat(stream.keySchema()).containsExactly(KeySchemaElement.range("AttributeName-160"));
        assertThat(stream.shards().get(0).sequenceNumberRange().endingSequenceNumber()).isEqualTo("EndingSequenceNumber-163");
        assertThat(response.toString()).isEqualTo("DescribeStreamResponse{streamDescription=StreamDescription{streamArn=StreamArn-156, stream"
                + "Label=StreamLabel-157, streamStatus=DISABLED, streamViewType=KEYS_ONLY, creationRequestDat"
                + "eTime=2023-11-14T22:15:58.125Z, tableName=TableName-159, keySchema=[AttributeName-160:RANG"
                + "E], shards=[Shard{shardId=ShardId-161, sequenceNumberRange=SequenceNumberRange{startingSeq"
                + "uenceNumber=StartingSequenceNumber-162, endingSequenceNumber=EndingSequenceNumber-163}, pa"
                + "rentShardId=ParentShardId-164}], lastEvaluatedShardId=LastEvaluatedShardId-165}}");
    }

    @Test
    void anEmptyResponseHasNullsAndEmptyLists() {
        transport.ok("{}");

        assertThat(connection.request(new DescribeStream("arn:s")).toString()).isEqualTo("DescribeStreamResponse{}");
    }
}
