package io.lowvoltage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.actions.GetItem;
import io.lowvoltage.credentials.StaticCredentials;
import io.lowvoltage.exceptions.ConditionalCheckFailedException;
import io.lowvoltage.exceptions.CredentialsException;
import io.lowvoltage.exceptions.InternalServerError;
import io.lowvoltage.exceptions.LowVoltageException;
import io.lowvoltage.exceptions.NetworkException;
import io.lowvoltage.exceptions.ProvisionedThroughputExceededException;
import io.lowvoltage.exceptions.ResourceNotFoundException;
import io.lowvoltage.exceptions.ServerException;
import io.lowvoltage.exceptions.TransactionCanceledException;
import io.lowvoltage.exceptions.UnknownClientException;
import io.lowvoltage.exceptions.UnknownException;
import io.lowvoltage.exceptions.ValidationException;
import io.lowvoltage.retry.ExponentialBackoffRetryPolicy;
import io.lowvoltage.retry.RetryPolicy;
import io.lowvoltage.spi.SigningParameters;
import io.lowvoltage.spi.TransportResponse;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import java.io.IOException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLHandshakeException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class ConnectionTest {
    private static final GetItem GET = new GetItem("Tbl", Map.of("h", 1));

    private final CannedTransport transport = new CannedTransport();
    private final List<SigningParameters> signed = new ArrayList<>();

    private Connection connection(RetryPolicy retryPolicy) {
        return Connection.builder()
                .region("eu-west-1")
                .endpoint("http://127.0.0.1:9")
                .credentials(new StaticCredentials("AKID", "SECRET", "TOKEN"))
                .clock(Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC))
                .transport(transport)
                .signer((request, parameters) -> {
                    signed.add(parameters);
                    return request.withHeaders(Map.of("Authorization", "signed"));
                })
                .retryPolicy(retryPolicy)
                .build();
    }

    private static RetryPolicy noWaitRetries(int maxRetries) {
        return new ExponentialBackoffRetryPolicy(Duration.ZERO, 1, maxRetries);
    }

    @Test
    void signsEveryAttemptWithTheRegionServiceCredentialsAndClock() {
        transport.respond(500, "{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\"}").ok("{}");

        connection(noWaitRetries(1)).request(GET);

        assertThat(signed).hasSize(2).allSatisfy(parameters -> {
            assertThat(parameters.region()).isEqualTo("eu-west-1");
            assertThat(parameters.service()).isEqualTo("dynamodb");
            assertThat(parameters.credentials().sessionToken()).contains("TOKEN");
            assertThat(parameters.time()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        });
        assertThat(transport.requests()).allSatisfy(request -> {
            assertThat(request.uri().toString()).isEqualTo("http://127.0.0.1:9/");
            assertThat(request.headers()).containsEntry("Authorization", "signed");
        });
        assertThat(transport.requests().get(0).body()).isSameAs(transport.requests().get(1).body());
    }

    @Test
    void retryableErrorsAreRetriedUntilSuccess() {
        transport.respond(400, "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException\","
                        + "\"message\":\"slow down\"}")
                .fail(new ConnectException("refused"))
                .respond(503, "<html>busy</html>")
                .ok("{\"Item\":{\"h\":{\"N\":\"1\"}}}");

        assertThat(connection(noWaitRetries(3)).request(GET).item()).containsKey("h");
        assertThat(transport.requests()).hasSize(4);
    }

    @Test
    void theRetryPolicySeesEveryRetryableErrorInOrderAndCanGiveUp() {
        List<List<LowVoltageException>> seen = new ArrayList<>();
        RetryPolicy twice = (action, errors) -> {
            seen.add(errors);
            return errors.size() < 2 ? java.util.Optional.of(Duration.ZERO) : java.util.Optional.empty();
        };
        transport.respond(500, "{}").respond(500, "{}").ok("{}");

        assertThatThrownBy(() -> connection(twice).request(GET)).isInstanceOf(ServerException.class);
        assertThat(seen).hasSize(2);
        assertThat(seen.get(1)).hasSize(2).allMatch(error -> error instanceof ServerException);
    }

    @Test
    void nonRetryableErrorsAreThrownAtOnce() {
        transport.respond(400, "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException\","
                + "\"message\":\"Requested resource not found\"}");

        assertThatThrownBy(() -> connection(noWaitRetries(5)).request(GET))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessage("GetItem failed with ResourceNotFoundException: Requested resource not found"
                        + " (HTTP 400, request id REQ0)")
                .satisfies(e -> assertThat(((LowVoltageException) e).isRetryable()).isFalse());
        assertThat(transport.requests()).hasSize(1);
    }

    @Test
    void errorTypesMapToTheirExceptionClasses() {
        Connection connection = connection(noWaitRetries(0));
        transport.respond(400, "{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":\"bad\"}")
                .respond(400, "{\"__type\":\"com.amazonaws.dynamodb.v20120810#SomethingNew\",\"Message\":\"new\"}")
                .respond(500, "{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\"}")
                .respond(400, "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException\","
                        + "\"message\":\"The conditional request failed\",\"Item\":{\"h\":{\"N\":\"1\"}}}")
                .respond(400, "{\"__type\":\"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\","
                        + "\"Message\":\"cancelled\",\"CancellationReasons\":[{\"Code\":\"None\"},"
                        + "{\"Code\":\"ConditionalCheckFailed\",\"Message\":\"failed\",\"Item\":{\"h\":{\"S\":\"x\"}}}]}")
                .respond(302, "");

        assertThatThrownBy(() -> connection.request(GET)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> connection.request(GET)).isInstanceOf(UnknownClientException.class)
                .hasMessageContaining("SomethingNew: new");
        assertThatThrownBy(() -> connection.request(GET)).isInstanceOf(InternalServerError.class);
        assertThatThrownBy(() -> connection.request(GET)).isInstanceOfSatisfying(
                ConditionalCheckFailedException.class,
                e -> assertThat(e.item()).containsEntry("h", java.math.BigDecimal.ONE));
        assertThatThrownBy(() -> connection.request(GET)).isInstanceOfSatisfying(
                TransactionCanceledException.class, e -> {
                    assertThat(e.cancellationReasons()).extracting(r -> r.code())
                            .containsExactly("None", "ConditionalCheckFailed");
                    assertThat(e.cancellationReasons().get(1).item()).containsEntry("h", "x");
                });
        assertThatThrownBy(() -> connection.request(GET)).isInstanceOf(UnknownException.class)
                .hasMessageContaining("Unexpected HTTP 302");
    }

    @Test
    void throttlingIsRetryableAndValidationIsNot() {
        transport.respond(400, "{\"__type\":\"x#ProvisionedThroughputExceededException\"}");
        assertThatThrownBy(() -> connection(noWaitRetries(0)).request(GET))
                .isInstanceOfSatisfying(ProvisionedThroughputExceededException.class,
                        e -> assertThat(e.isRetryable()).isTrue());
    }

    @Test
    void aNetworkFailureSaysWhatWasSentWhereAndOnWhichAttempt() {
        transport.fail(new ConnectException("Connection refused")).fail(new ConnectException("Connection refused"));

        assertThatThrownBy(() -> connection(noWaitRetries(1)).request(GET))
                .isInstanceOf(NetworkException.class)
                .hasMessage("GetItem to http://127.0.0.1:9/ failed on attempt 2: java.net.ConnectException:"
                        + " Connection refused. Check the endpoint and the network")
                .hasCauseInstanceOf(ConnectException.class);
    }

    @Test
    void aRefusedServerCertificateIsNotRetriedAndSaysWhatToCheck() {
        SSLHandshakeException refused = new SSLHandshakeException("PKIX path building failed");
        refused.initCause(new CertificateException("unable to find valid certification path"));
        transport.fail(refused).ok("{}");

        assertThatThrownBy(() -> connection(noWaitRetries(3)).request(GET))
                .isInstanceOfSatisfying(NetworkException.class, e -> {
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.isCertificateRejected()).isTrue();
                })
                .hasMessageContaining("the server's TLS certificate was refused")
                .hasMessageContaining("javax.net.ssl.trustStore")
                .hasCause(refused);
        assertThat(transport.requests()).hasSize(1);
    }

    @Test
    void aHandshakeCutShortIsRetried() {
        transport.fail(new SSLHandshakeException("Remote host terminated the handshake")).ok("{}");

        connection(noWaitRetries(1)).request(GET);

        assertThat(transport.requests()).hasSize(2);
    }

    @Test
    void aDamagedBodyIsARetryableServerError() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        transport.respond(TransportResponse.of(200, Map.of("x-amz-crc32", "1"), body));
        CRC32 crc = new CRC32();
        crc.update(body);
        transport.respond(TransportResponse.of(200, Map.of("x-amz-crc32", Long.toString(crc.getValue())), body));

        assertThat(connection(noWaitRetries(1)).request(GET).item()).isNull();
        assertThat(transport.requests()).hasSize(2);
    }

    @Test
    void theCrcHeaderMatchesExactlyItsDecimalTextTrimmed() {
        for (long crc : new long[] {0, 7, 10, 1234567890L, 4294967295L}) {
            for (String header : new String[] {Long.toString(crc), " " + crc + "\t", "0" + crc, "+" + crc,
                    crc + "x", "", " ", "-" + crc, crc + "0", "42949672950"}) {
                assertThat(Connection.crcMatches(header, crc)).as("%s against %d", header, crc)
                        .isEqualTo(header.trim().equals(Long.toString(crc)));
            }
        }
    }

    @Test
    void aMalformedSuccessBodyIsAnUnknownExceptionQuotingIt() {
        transport.ok("{\"Item\":");
        assertThatThrownBy(() -> connection(noWaitRetries(0)).request(GET))
                .isInstanceOf(UnknownException.class)
                .hasMessageContaining("Could not read GetItem response")
                .hasMessageContaining("{\"Item\":");
    }

    @Test
    void requestAsyncRetriesAndCompletesWithTheResponse() throws Exception {
        transport.respond(500, "{}").ok("{\"Item\":{\"h\":{\"N\":\"1\"}}}");

        Item item = connection(noWaitRetries(1)).requestAsync(GET).get(5, TimeUnit.SECONDS).item();

        assertThat(item).containsKey("h");
    }

    @Test
    void requestAsyncFailsWithTheLowVoltageException() {
        transport.respond(400, "{\"__type\":\"x#ResourceNotFoundException\"}");

        assertThatThrownBy(() -> connection(noWaitRetries(1)).requestAsync(GET).join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void credentialsAreAskedForOnEveryRequest() {
        List<String> keys = new ArrayList<>(List.of("K1", "K2"));
        Connection connection = Connections.over(transport);
        Connection rotating = Connection.builder().region("us-east-1").transport(transport)
                .credentials(() -> io.lowvoltage.credentials.Credentials.of(keys.remove(0), "S"))
                .signer((request, parameters) -> request.withHeaders(
                        Map.of("Authorization", parameters.credentials().accessKeyId())))
                .build();
        transport.ok("{}").ok("{}");

        rotating.request(GET);
        rotating.request(GET);

        assertThat(transport.requests()).extracting(r -> r.headers().get("Authorization")).containsExactly("K1", "K2");
        assertThat(connection.toString()).doesNotContain("SECRET");
    }

    @Test
    void aCredentialsFailureIsThrownUnchangedAndNothingIsSent() {
        Connection connection = Connection.builder().region("us-east-1").transport(transport)
                .credentials(() -> {
                    throw new CredentialsException("no credentials here");
                })
                .signer((request, parameters) -> request).build();

        assertThatThrownBy(() -> connection.request(GET)).isInstanceOf(CredentialsException.class);
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void theDefaultEndpointFollowsTheRegion() {
        transport.ok("{}").ok("{}");
        Connection.builder().region("us-west-2").transport(transport).credentials(new StaticCredentials("A", "S"))
                .signer((request, parameters) -> request).build().request(GET);
        Connection.builder().region("cn-north-1").transport(transport).credentials(new StaticCredentials("A", "S"))
                .signer((request, parameters) -> request).build().request(GET);

        assertThat(transport.requests()).extracting(r -> r.uri().toString()).containsExactly(
                "https://dynamodb.us-west-2.amazonaws.com/", "https://dynamodb.cn-north-1.amazonaws.com.cn/");
    }

    @Test
    void streamsActionsGoToTheStreamsEndpointWithTheirTargetPrefix() {
        Action<Void> listStreams = new Action<>() {
            @Override
            protected String operation() {
                return "ListStreams";
            }

            @Override
            protected Service service() {
                return Service.STREAMS;
            }

            @Override
            protected void validate() {
            }

            @Override
            protected void writeRequest(tools.jackson.core.JsonGenerator generator) {
                generator.writeStartObject();
                generator.writeEndObject();
            }

            @Override
            protected Void readResponse(tools.jackson.core.JsonParser parser) {
                parser.skipChildren();
                return null;
            }
        };
        transport.ok("{}").ok("{}").ok("{}");
        Connection.builder().region("eu-west-1").transport(transport).credentials(new StaticCredentials("A", "S"))
                .signer((request, parameters) -> request).build().request(listStreams);
        connection(noWaitRetries(0)).request(listStreams);
        Connection.builder().region("eu-west-1").transport(transport).credentials(new StaticCredentials("A", "S"))
                .endpoint("http://127.0.0.1:9").streamsEndpoint(java.net.URI.create("http://127.0.0.1:10"))
                .signer((request, parameters) -> request).build().request(listStreams);

        assertThat(transport.requests()).extracting(r -> r.uri().toString()).containsExactly(
                "https://streams.dynamodb.eu-west-1.amazonaws.com/", "http://127.0.0.1:9/", "http://127.0.0.1:10/");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target", "DynamoDBStreams_20120810.ListStreams");
    }

    @Test
    void aClosedConnectionRefusesRequestsAndLeavesAGivenTransportOpen() {
        Connection connection = Connections.over(transport);
        connection.close();
        connection.close();

        assertThatThrownBy(() -> connection.request(GET)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThat(transport.isClosed()).isFalse();
    }

    @Test
    void toStringShowsTheEffectiveConfigurationButNoSecret() {
        assertThat(connection(noWaitRetries(0)).toString())
                .contains("endpoint=http://127.0.0.1:9/", "region=eu-west-1", "AKID")
                .doesNotContain("SECRET", "TOKEN");
    }

    @Test
    void aBadEndpointIsRefusedAtOnce() {
        assertThatThrownBy(() -> Connection.builder().endpoint("127.0.0.1:8000"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absolute http or https URI");
    }

    @Test
    void anInterruptedBlockingCallStopsRetrying() {
        transport.respond(500, "{}");
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> connection(new ExponentialBackoffRetryPolicy(Duration.ofSeconds(30), 1, 3))
                    .request(GET)).isInstanceOf(NetworkException.class).hasMessageContaining("Interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void ioExceptionsOtherThanNetworkOnesStillBecomeNetworkExceptions() {
        transport.fail(new IOException("reset"));
        assertThatThrownBy(() -> connection(noWaitRetries(0)).request(GET)).isInstanceOf(NetworkException.class);
    }
}
