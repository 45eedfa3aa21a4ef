package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GetRecordsTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new GetRecords("it").limit(100));

        assertThat(transport.lastBody()).isEqualTo("{\"ShardIterator\":\"it\",\"Limit\":100}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDBStreams_20120810.GetRecords");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new GetRecords("it"));

        assertThat(transport.lastBody()).isEqualTo("{\"ShardIterator\":\"it\"}");
    }

    @Test
    void aMissingShardIteratorFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new GetRecords()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("GetRecords needs ShardIterator, which is not set. Set it with new GetRecords(shardIterator"
                + ") or .shardIterator(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void readsEveryResponseMemberAndSkipsUnknownOnes() {
        transport.ok(Fixtures.everyMember("GetRecords"));

        GetRecordsResponse response = connection.request(new GetRecords("it"));

        StreamsRecord record = response.records().get(0);
        assertThat(record.eventName()).isEqualTo(OperationType.REMOVE);
        assertThat(record.dynamodb().keys()).containsEntry("h", "keys").containsEntry("n", new BigDecimal("1.50"));
        assertThat(record.dynamodb().newImage()).containsEntry("h", "newimage");
        assertThat(record.dynamodb().oldImage()).containsEntry("h", "oldimage");
        assertThat(record.dynamodb().approximateCreationDateTime()).isEqualTo(Instant.parse("2023-11-14T22:16:11.125Z"));
        assertThat(record.dynamodb().sizeBytes()).isEqualTo(1173L);
        assertThat(record.userIdentity().principalId()).isEqualTo("PrincipalId-174");
        assertThat(response.toString()).isEqualTo("GetRecordsResponse{records=[StreamsRecord{eventId=eventID-167, eventName=REMOVE, eventVers"
                + "ion=eventVersion-168, eventSource=eventSource-169, awsRegion=awsRegion-170, dynamodb=Strea"
                + "mRecord{approximateCreationDateTime=2023-11-14T22:16:11.125Z, keys={h=keys, n=1.50}, newIm"
                + "age={h=newimage, n=1.50}, oldImage={h=oldimage, n=1.50}, sequenceNumber=SequenceNumber-172"
                + ", sizeBytes=1173, streamViewType=KEYS_ONLY}, userIdentity=Identity{principalId=PrincipalId"
                + "-174, type=Type-175}}], nextShardIterator=NextShardIterator-176}");
    }

    @Test
    void anEmptyResponseHasNullsAndEmptyLists() {
        transport.ok("{}");

        assertThat(connection.request(new GetRecords("it")).toString()).isEqualTo("GetRecordsResponse{}");
    }
}
