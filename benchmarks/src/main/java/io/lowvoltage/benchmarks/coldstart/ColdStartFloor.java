package io.lowvoltage.benchmarks.coldstart;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The floor of cold start: a JVM that creates the JDK's HttpClient (and with it the default TLS context) and
 * POSTs the bytes of one GetItem, with a fixed signature (dynalite checks its form, not its value), nothing else.
 */
public final class ColdStartFloor {
    static final String TABLE = "ColdStart";
    private static final String BODY = "{\"TableName\":\"" + TABLE + "\",\"Key\":{\"id\":{\"S\":\"user-0001\"}}}";

    private ColdStartFloor() {
    }

    public static void main(String[] args) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(args[0]))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810.GetItem")
                .header("X-Amz-Date", "20261126T123456Z")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261126/us-east-1/dynamodb/"
                        + "aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature="
                        + "0000000000000000000000000000000000000000000000000000000000000000")
                .POST(HttpRequest.BodyPublishers.ofString(BODY))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        System.out.println(response.statusCode() + " " + response.body());
    }
}
