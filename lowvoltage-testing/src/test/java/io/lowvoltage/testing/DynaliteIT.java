package io.lowvoltage.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(180)
class DynaliteIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void startsOnLoopbackAnswersListTablesAndStopsClosingThePort() throws Exception {
        long began = System.nanoTime();
        Dynalite dynalite = Dynalite.start();
        System.out.printf("dynalite started in %d ms at %s%n", (System.nanoTime() - began) / 1_000_000,
                dynalite.endpoint());
        int port = dynalite.port();
        try {
            assertThat(dynalite.endpoint()).hasToString("http://127.0.0.1:" + port);
            assertThat(dynalite.isRunning()).isTrue();
            assertThat(dynalite.output()).contains("Dynalite listening at: http://127.0.0.1:" + port);

            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(dynalite.endpoint().resolve("/"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).startsWith("healthy");

            HttpResponse<String> tables = HTTP.send(listTables(dynalite), HttpResponse.BodyHandlers.ofString());
            assertThat(tables.statusCode()).isEqualTo(200);
            assertThat(tables.body()).isEqualTo("{\"TableNames\":[]}");
        } finally {
            dynalite.close();
        }

        assertThat(dynalite.isRunning()).isFalse();
        assertThat(portIsClosed(port)).as("port %d after close()", port).isTrue();
    }

    @Test
    void closeIsIdempotent() {
        Dynalite dynalite = Dynalite.start();
        dynalite.close();
        dynalite.close();

        assertThat(dynalite.isRunning()).isFalse();
    }

    @Test
    void twoServersRunSideBySideOnTheirOwnPortsAndData() throws Exception {
        try (Dynalite first = Dynalite.start(); Dynalite second = Dynalite.start()) {
            assertThat(first.port()).isNotEqualTo(second.port());

            HttpResponse<String> created = HTTP.send(post(first, "CreateTable", "{\"TableName\":\"Only\","
                    + "\"KeySchema\":[{\"AttributeName\":\"h\",\"KeyType\":\"HASH\"}],"
                    + "\"AttributeDefinitions\":[{\"AttributeName\":\"h\",\"AttributeType\":\"S\"}],"
                    + "\"BillingMode\":\"PAY_PER_REQUEST\"}"), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(200);

            assertThat(HTTP.send(listTables(first), HttpResponse.BodyHandlers.ofString()).body())
                    .isEqualTo("{\"TableNames\":[\"Only\"]}");
            assertThat(HTTP.send(listTables(second), HttpResponse.BodyHandlers.ofString()).body())
                    .isEqualTo("{\"TableNames\":[]}");
        }
    }

    @Test
    void tablesBecomeActiveWithinASecond() throws Exception {
        try (Dynalite dynalite = Dynalite.start()) {
            HttpResponse<String> created = HTTP.send(post(dynalite, "CreateTable", "{\"TableName\":\"Fast\","
                    + "\"KeySchema\":[{\"AttributeName\":\"h\",\"KeyType\":\"HASH\"}],"
                    + "\"AttributeDefinitions\":[{\"AttributeName\":\"h\",\"AttributeType\":\"S\"}],"
                    + "\"BillingMode\":\"PAY_PER_REQUEST\"}"), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(200);

            // --createTableMs 0 still switches to ACTIVE on dynalite's next event-loop turn, not in the same reply.
            String described = "";
            long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            while (!described.contains("\"TableStatus\":\"ACTIVE\"") && System.nanoTime() < deadline) {
                described = HTTP.send(post(dynalite, "DescribeTable", "{\"TableName\":\"Fast\"}"),
                        HttpResponse.BodyHandlers.ofString()).body();
            }
            assertThat(described).contains("\"TableStatus\":\"ACTIVE\"");
        }
    }

    static HttpRequest listTables(Dynalite dynalite) {
        return post(dynalite, "ListTables", "{}");
    }

    private static HttpRequest post(Dynalite dynalite, String operation, String body) {
        return HttpRequest.newBuilder(dynalite.endpoint().resolve("/"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810." + operation)
                .header("X-Amz-Date", "20240101T000000Z")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/dynamodb/aws4_request,"
                        + " SignedHeaders=host;x-amz-date, Signature=00")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static boolean portIsClosed(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            return false;
        } catch (ConnectException refused) {
            return true;
        } catch (IOException other) {
            throw new AssertionError("Unexpected failure probing port " + port, other);
        }
    }
}
