package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RestoreTableToPointInTimeTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new RestoreTableToPointInTime("N")
                .sourceTableArn("arn:t")
                .sourceTableName("Tbl")
                .useLatestRestorableTime(false)
                .restoreDateTime(Instant.ofEpochSecond(1700000000, 5_000_000))
                .billingModeOverrideProvisioned()
                .globalSecondaryIndexOverride(GlobalSecondaryIndex.of("g", List.of(KeySchemaElement.hash("a")),
                        Projection.keysOnly()))
                .localSecondaryIndexOverride(List.of(LocalSecondaryIndex.of("l", List.of(KeySchemaElement.hash("h"),
                        KeySchemaElement.range("b")), Projection.all())))
                .provisionedThroughputOverride(ProvisionedThroughput.of(1, 2))
                .onDemandThroughputOverride(OnDemandThroughput.of(3, 4))
                .sseSpecificationOverride(SSESpecification.kms("k"))
                .vectorIndexOverride(Stream.of(VectorIndex.of("v", "e", 3, VectorDistanceFunction.COSINE,
                        Projection.keysOnly()))));

        assertThat(transport.lastBody()).isEqualTo("{\"SourceTableArn\":\"arn:t\",\"SourceTableName\":\"Tbl\",\"TargetTableName"
                + "\":\"N\",\"UseLatestRestorableTime\":false,\"RestoreDateTime\":17000000"
                + "00.005,\"BillingModeOverride\":\"PROVISIONED\",\"GlobalSecondaryIndex"
                + "Override\":[{\"IndexName\":\"g\",\"KeySchema\":[{\"AttributeName\":\"a\",\"K"
                + "eyType\":\"HASH\"}],\"Projection\":{\"ProjectionType\":\"KEYS_ONLY\"}}],\""
                + "LocalSecondaryIndexOverride\":[{\"IndexName\":\"l\",\"KeySchema\":[{\"At"
                + "tributeName\":\"h\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"b\",\"KeyType"
                + "\":\"RANGE\"}],\"Projection\":{\"ProjectionType\":\"ALL\"}}],\"Provisioned"
                + "ThroughputOverride\":{\"ReadCapacityUnits\":1,\"WriteCapacityUnits\":"
                + "2},\"OnDemandThroughputOverride\":{\"MaxReadRequestUnits\":3,\"MaxWri"
                + "teRequestUnits\":4},\"SSESpecificationOverride\":{\"Enabled\":true,\"S"
                + "SEType\":\"KMS\",\"KMSMasterKeyId\":\"k\"},\"VectorIndexOverride\":[{\"Ind"
                + "exName\":\"v\",\"VectorAttribute\":{\"AttributeName\":\"e\"},\"Projection\""
                + ":{\"ProjectionType\":\"KEYS_ONLY\"},\"Dimensions\":3,\"DistanceFunction"
                + "\":\"COSINE\"}]}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.RestoreTableToPointInTime");
    }

    @Test
    void writesTheLatestRestorableTime() {
        transport.ok("{}");
        connection.request(new RestoreTableToPointInTime("N").sourceTableName("Tbl").useLatestRestorableTime(true));

        assertThat(transport.lastBody()).isEqualTo("{\"SourceTableName\":\"Tbl\",\"TargetTableName\":\"N\",\"UseLatestRestorabl"
                + "eTime\":true}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.RestoreTableToPointInTime");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new RestoreTableToPointInTime("N"));

        assertThat(transport.lastBody()).isEqualTo("{\"TargetTableName\":\"N\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.RestoreTableToPointInTime");
    }

    @Test
    void aMissingTargetTableNameFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new RestoreTableToPointInTime().sourceTableName("Tbl")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("RestoreTableToPointInTime needs TargetTableName, which is not set. Set it with new RestoreTableToPointInTime(targetTableName) or .targetTableName(...)");
        assertThat(transport.requests()).isEmpty();
    }

    /**
     * Reads a response with every member of the API model's output shape, recursively, plus an unknown
     * member, and checks every getter.
     */
    @Test
    void readsEveryResponseMember() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("RestoreTableToPointInTimeResponse-every-member.json")) {
            transport.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        RestoreTableToPointInTimeResponse response = connection.request(new RestoreTableToPointInTime("N"));

        DescribeTableTest.assertEveryMember(response.tableDescription());
        assertThat(response.toString()).startsWith("RestoreTableToPointInTimeResponse{");
    }
}
