package io.lowvoltage.benchmarks;

import java.lang.reflect.Field;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.protocols.json.AwsJsonProtocolFactory;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The AWS SDK clients of the benchmarks, configured alike. */
final class Sdk {
    private Sdk() {
    }

    static DynamoDbClient client(SdkHttpClient http, java.net.URI endpoint) {
        var builder = DynamoDbClient.builder()
                .region(Region.of(Fixtures.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(Fixtures.ACCESS_KEY, Fixtures.SECRET_KEY)))
                .httpClient(http);
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }

    /** @return the JSON protocol factory a DynamoDB client uses: its marshallers and unmarshallers */
    static AwsJsonProtocolFactory protocolFactory(DynamoDbClient client) {
        try {
            Field field = client.getClass().getDeclaredField("protocolFactory");
            field.setAccessible(true);
            return (AwsJsonProtocolFactory) field.get(client);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This SDK version keeps its protocol factory elsewhere", e);
        }
    }
}
