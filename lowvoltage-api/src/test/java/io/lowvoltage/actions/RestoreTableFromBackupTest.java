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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RestoreTableFromBackupTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new RestoreTableFromBackup("N", "arn:b")
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

        assertThat(transport.lastBody()).isEqualTo("{\"TargetTableName\":\"N\",\"BackupArn\":\"arn:b\",\"BillingModeOverride\""
                + ":\"PROVISIONED\",\"GlobalSecondaryIndexOverride\":[{\"IndexName\":\"g\","
                + "\"KeySchema\":[{\"AttributeName\":\"a\",\"KeyType\":\"HASH\"}],\"Projection"
                + "\":{\"ProjectionType\":\"KEYS_ONLY\"}}],\"LocalSecondaryIndexOverride\""
                + ":[{\"IndexName\":\"l\",\"KeySchema\":[{\"AttributeName\":\"h\",\"KeyType\":\""
                + "HASH\"},{\"AttributeName\":\"b\",\"KeyType\":\"RANGE\"}],\"Projection\":{\"P"
                + "rojectionType\":\"ALL\"}}],\"ProvisionedThroughputOverride\":{\"ReadCa"
                + "pacityUnits\":1,\"WriteCapacityUnits\":2},\"OnDemandThroughputOverri"
                + "de\":{\"MaxReadRequestUnits\":3,\"MaxWriteRequestUnits\":4},\"SSESpeci"
                + "ficationOverride\":{\"Enabled\":true,\"SSEType\":\"KMS\",\"KMSMasterKeyI"
                + "d\":\"k\"},\"VectorIndexOverride\":[{\"IndexName\":\"v\",\"VectorAttribute"
                + "\":{\"AttributeName\":\"e\"},\"Projection\":{\"ProjectionType\":\"KEYS_ONL"
                + "Y\"},\"Dimensions\":3,\"DistanceFunction\":\"COSINE\"}]}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.RestoreTableFromBackup");
    }

    @Test
    void anEmptyIndexOverrideRestoresWithoutIndexes() {
        transport.ok("{}");
        connection.request(new RestoreTableFromBackup("N", "arn:b")
                .globalSecondaryIndexOverride()
                .localSecondaryIndexOverride()
                .billingModeOverridePayPerRequest());

        assertThat(transport.lastBody()).isEqualTo("{\"TargetTableName\":\"N\",\"BackupArn\":\"arn:b\",\"BillingModeOverride\""
                + ":\"PAY_PER_REQUEST\",\"GlobalSecondaryIndexOverride\":[],\"LocalSecon"
                + "daryIndexOverride\":[]}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.RestoreTableFromBackup");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new RestoreTableFromBackup("N", "arn:b"));

        assertThat(transport.lastBody()).isEqualTo("{\"TargetTableName\":\"N\",\"BackupArn\":\"arn:b\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.RestoreTableFromBackup");
    }

    @Test
    void aMissingTargetTableNameFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new RestoreTableFromBackup().backupArn("arn:b")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("RestoreTableFromBackup needs TargetTableName, which is not set. Set it with new RestoreTableFromBackup(targetTableName, backupArn) or .targetTableName(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aMissingBackupArnFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new RestoreTableFromBackup().targetTableName("N")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("RestoreTableFromBackup needs BackupArn, which is not set. Set it with new RestoreTableFromBackup(targetTableName, backupArn) or .backupArn(...)");
        assertThat(transport.requests()).isEmpty();
    }

    /**
     * Reads a response with every member of the API model's output shape, recursively, plus an unknown
     * member, and checks every getter.
     */
    @Test
    void readsEveryResponseMember() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("RestoreTableFromBackupResponse-every-member.json")) {
            transport.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        RestoreTableFromBackupResponse response = connection.request(new RestoreTableFromBackup("N", "arn:b"));

        DescribeTableTest.assertEveryMember(response.tableDescription());
        assertThat(response.toString()).startsWith("RestoreTableFromBackupResponse{");
    }

    @Test
    void theUnknownBillingModeCannotBeSent() {
        assertThatThrownBy(() -> new RestoreTableFromBackup("N", "arn:b")
                .billingModeOverride(BillingMode.UNKNOWN_TO_LOWVOLTAGE))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("BillingModeOverride cannot be UNKNOWN_TO_LOWVOLTAGE");
    }
}
