package io.lowvoltage.benchmarks.coldstart;

import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Cold start of the AWS SDK v2: builds a client (its HTTP client found on the class path), does one GetItem. */
public final class ColdStartSdk {
    private ColdStartSdk() {
    }

    public static void main(String[] args) {
        try (DynamoDbClient client = DynamoDbClient.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(URI.create(args[0]))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")))
                .build()) {
            System.out.println(client.getItem(r -> r.tableName(ColdStartFloor.TABLE)
                    .key(Map.of("id", AttributeValue.fromS("user-0001")))));
        }
    }
}
