package io.lowvoltage.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.credentials.Credentials;
import io.lowvoltage.spi.Signer;
import io.lowvoltage.spi.SignerProvider;
import io.lowvoltage.spi.SigningParameters;
import io.lowvoltage.spi.TransportRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SigV4SignerTest {
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final String TOKEN = "AQoDYXdzEPT//////////wEXAMPLEtoken+/=";
    private static final Credentials LONG_TERM = Credentials.of("AKIDEXAMPLE", SECRET);
    private static final Credentials TEMPORARY = Credentials.of("AKIDEXAMPLE", SECRET, TOKEN);
    private static final Instant TIME = Instant.parse("2015-08-30T12:36:00Z");
    private static final URI ENDPOINT = URI.create("https://dynamodb.us-east-1.amazonaws.com/");

    private static TransportRequest listTables() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-amz-json-1.0");
        headers.put("X-Amz-Target", "DynamoDB_20120810.ListTables");
        return TransportRequest.of("POST", ENDPOINT, headers, "{}".getBytes(StandardCharsets.UTF_8));
    }

    private static SigningParameters parameters(Credentials credentials, String region, Instant time) {
        return SigningParameters.of(credentials, region, "dynamodb", time);
    }

    @Test
    void signingLeavesTheInputRequestUnchanged() {
        TransportRequest request = listTables();
        Map<String, String> headersBefore = Map.copyOf(request.headers());
        byte[] body = request.body();

        TransportRequest signed = SigV4Signer.create().sign(request, parameters(TEMPORARY, "us-east-1", TIME));

        assertThat(signed).isNotSameAs(request);
        assertThat(request.headers()).isEqualTo(headersBefore).doesNotContainKeys("Authorization", "X-Amz-Date");
        assertThat(request.body()).isSameAs(body).isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
        assertThat(signed.body()).isSameAs(body);
        assertThat(signed.uri()).isSameAs(request.uri());
        assertThat(signed.method()).isEqualTo("POST");
    }

    @Test
    void signedRequestKeepsHeaderOrderAndAppendsTheSignatureHeaders() {
        TransportRequest signed = SigV4Signer.create().sign(listTables(), parameters(TEMPORARY, "us-east-1", TIME));

        assertThat(signed.headers().keySet()).containsExactly("Content-Type", "X-Amz-Target", "X-Amz-Date",
                "X-Amz-Security-Token", "Authorization");
        assertThat(signed.headers().get("X-Amz-Date")).isEqualTo("20150830T123600Z");
    }

    @Test
    void sessionTokenIsAddedAndSignedOnlyWithASessionToken() {
        SigV4Signer signer = SigV4Signer.create();

        TransportRequest temporary = signer.sign(listTables(), parameters(TEMPORARY, "us-east-1", TIME));
        TransportRequest longTerm = signer.sign(listTables(), parameters(LONG_TERM, "us-east-1", TIME));

        assertThat(temporary.headers()).containsEntry("X-Amz-Security-Token", TOKEN);
        assertThat(temporary.headers().get("Authorization"))
                .contains("SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target,");
        assertThat(longTerm.headers()).doesNotContainKey("X-Amz-Security-Token");
        assertThat(longTerm.headers().get("Authorization"))
                .contains("SignedHeaders=content-type;host;x-amz-date;x-amz-target,");
    }

    @Test
    void signingASignedRequestAgainReplacesItsSignatureHeaders() {
        SigV4Signer signer = SigV4Signer.create();
        Instant retryTime = TIME.plusSeconds(5);
        TransportRequest firstAttempt = signer.sign(listTables(), parameters(TEMPORARY, "us-east-1", TIME));

        TransportRequest retry = signer.sign(firstAttempt, parameters(TEMPORARY, "us-east-1", retryTime));
        TransportRequest retryWithLongTermCredentials =
                signer.sign(firstAttempt, parameters(LONG_TERM, "us-east-1", retryTime));

        assertThat(retry.headers())
                .isEqualTo(signer.sign(listTables(), parameters(TEMPORARY, "us-east-1", retryTime)).headers());
        assertThat(retryWithLongTermCredentials.headers())
                .isEqualTo(signer.sign(listTables(), parameters(LONG_TERM, "us-east-1", retryTime)).headers())
                .doesNotContainKey("X-Amz-Security-Token");
    }

    @Test
    void signatureHeadersGivenInAnyCaseAreReplacedNotDuplicated() {
        Map<String, String> headers = new LinkedHashMap<>(listTables().headers());
        headers.put("authorization", "stale");
        headers.put("x-amz-date", "19990101T000000Z");
        TransportRequest request = TransportRequest.of("POST", ENDPOINT, headers, new byte[] {'{', '}'});

        TransportRequest signed = SigV4Signer.create().sign(request, parameters(LONG_TERM, "us-east-1", TIME));

        assertThat(signed.headers())
                .isEqualTo(SigV4Signer.create().sign(listTables(), parameters(LONG_TERM, "us-east-1", TIME)).headers());
    }

    @Test
    void signingKeyCacheGivesCorrectSignaturesAcrossDatesRegionsAndSecrets() {
        SigV4Signer cached = SigV4Signer.create();
        String[] regions = {"us-east-1", "eu-west-1", "ap-south-1"};
        Credentials[] credentials = {LONG_TERM, Credentials.of("AKIDOTHER", "another/secret+key")};
        for (int round = 0; round < 3; round++) {
            for (int day = 0; day < 20; day++) {
                for (String region : regions) {
                    for (Credentials each : credentials) {
                        // Crossing midnight inside a day's loop: the key must change with the scope date.
                        Instant time = TIME.plus(Duration.ofHours(11 * day + 7L * round));
                        SigningParameters parameters = parameters(each, region, time);

                        String expected = SigV4Signer.create().sign(listTables(), parameters).headers()
                                .get("Authorization");

                        assertThat(cached.sign(listTables(), parameters).headers().get("Authorization"))
                                .isEqualTo(expected);
                    }
                }
            }
        }
        assertThat(cached.cachedKeyCount()).isBetween(1, 32);
    }

    @Test
    void aScopeSignedAgainAfterAnotherReusesItsCachedKey() {
        SigV4Signer cached = SigV4Signer.create();
        SigningParameters east = parameters(LONG_TERM, "us-east-1", TIME);
        SigningParameters west = parameters(LONG_TERM, "eu-west-1", TIME);

        cached.sign(listTables(), east);
        cached.sign(listTables(), west);
        // Equal scopes, made afresh: only equals and hashCode of the cache key can find the first key again
        cached.sign(listTables(), parameters(Credentials.of(LONG_TERM.accessKeyId(),
                new String(LONG_TERM.secretAccessKey().toCharArray())), new String("us-east-1".toCharArray()), TIME));

        assertThat(cached.cachedKeyCount()).isEqualTo(2);
    }

    @Test
    void signingKeyIsDerivedAsTheSpecificationSays() {
        // The AWS documentation's example: secret wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY, 20120215, us-east-1, iam.
        byte[] key = SigV4Signer.deriveSigningKey(SECRET, "20120215", "us-east-1", "iam").getEncoded();

        assertThat(hex(key)).isEqualTo("f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d");
    }

    @Test
    void concurrentSigningFromSeveralThreadsGivesCorrectSignatures() throws Exception {
        List<SigningParameters> cases = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            cases.add(parameters(i % 3 == 0 ? TEMPORARY : LONG_TERM, i % 2 == 0 ? "us-east-1" : "eu-central-1",
                    TIME.plus(Duration.ofHours(13L * (i % 7)))));
        }
        List<String> expected = new ArrayList<>();
        for (SigningParameters parameters : cases) {
            expected.add(SigV4Signer.create().sign(listTables(), parameters).headers().get("Authorization"));
        }
        SigV4Signer shared = SigV4Signer.create();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<List<String>>> tasks = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int offset = thread * 25;
                tasks.add(() -> {
                    List<String> mismatches = new ArrayList<>();
                    for (int n = 0; n < 2000; n++) {
                        int i = (offset + n) % cases.size();
                        String actual = shared.sign(listTables(), cases.get(i)).headers().get("Authorization");
                        if (!actual.equals(expected.get(i))) {
                            mismatches.add(i + ": " + actual);
                        }
                    }
                    return mismatches;
                });
            }
            for (Future<List<String>> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void hostCarriesThePortOnlyWhenItIsNotTheSchemeDefault() {
        assertThat(SigV4Signer.host(URI.create("https://dynamodb.us-east-1.amazonaws.com/")))
                .isEqualTo("dynamodb.us-east-1.amazonaws.com");
        assertThat(SigV4Signer.host(URI.create("https://example.com:443/"))).isEqualTo("example.com");
        assertThat(SigV4Signer.host(URI.create("http://example.com:80/"))).isEqualTo("example.com");
        assertThat(SigV4Signer.host(URI.create("http://127.0.0.1:8000/"))).isEqualTo("127.0.0.1:8000");
        assertThat(SigV4Signer.host(URI.create("https://example.com:80/"))).isEqualTo("example.com:80");
        assertThat(SigV4Signer.host(URI.create("http://[::1]:4567/"))).isEqualTo("[::1]:4567");
    }

    @Test
    void requestWithoutHostIsRejected() {
        TransportRequest request = TransportRequest.of("POST", URI.create("file:/tmp/x"), Map.of(), new byte[0]);

        assertThatThrownBy(() -> SigV4Signer.create().sign(request, parameters(LONG_TERM, "us-east-1", TIME)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("file:/tmp/x");
    }

    @Test
    void pathsAreEncodedTwiceAndNormalisedByDefault() {
        String normalised = SigV4Signer.create().canonicalRequest("GET", "/a/./b/../c%20d//e/", null, "h",
                Map.of(), "20150830T123600Z", null, "p");
        String asIs = SigV4Signer.createWithoutPathNormalization().canonicalRequest("GET", "/a/./b/../c%20d//e/",
                null, "h", Map.of(), "20150830T123600Z", null, "p");

        assertThat(normalised).startsWith("GET\n/a/c%2520d/e/\n");
        assertThat(asIs).startsWith("GET\n/a/./b/../c%2520d//e/\n");
    }

    @Test
    void dotSegmentsAreRemovedAsRfc3986Says() {
        assertThat(SigV4Signer.removeDotSegments("/")).isEqualTo("/");
        assertThat(SigV4Signer.removeDotSegments("/example/..")).isEqualTo("/");
        assertThat(SigV4Signer.removeDotSegments("/example/../..")).isEqualTo("/");
        assertThat(SigV4Signer.removeDotSegments("/a/b/..")).isEqualTo("/a/");
        assertThat(SigV4Signer.removeDotSegments("/a/b/.")).isEqualTo("/a/b/");
        assertThat(SigV4Signer.removeDotSegments("/./example")).isEqualTo("/example");
        assertThat(SigV4Signer.removeDotSegments("//example//")).isEqualTo("/example/");
        assertThat(SigV4Signer.removeDotSegments("/.hidden/file")).isEqualTo("/.hidden/file");
        assertThat(SigV4Signer.removeDotSegments("/a/...")).isEqualTo("/a/...");
    }

    @Test
    void queryIsDecodedThenEncodedOnceAndSortedByNameThenValue() {
        String canonical = SigV4Signer.create().canonicalRequest("GET", "/", "b=%7e%2f&a=2&a=1&flag&c=x+y&a-b=3",
                "h", Map.of(), "20150830T123600Z", null, "p");

        assertThat(canonical.split("\n")[2]).isEqualTo("a=1&a=2&a-b=3&b=~%2F&c=x%20y&flag=");
    }

    @Test
    void headerValuesAreTrimmedAndInnerWhitespaceCollapsed() {
        assertThat(SigV4Signer.canonicalValue("value")).isEqualTo("value");
        assertThat(SigV4Signer.canonicalValue("  a   b\t\tc  ")).isEqualTo("a b c");
        assertThat(SigV4Signer.canonicalValue("\"a   b   c\"")).isEqualTo("\"a b c\"");
        assertThat(SigV4Signer.canonicalValue("a\tb")).isEqualTo("a b");
        assertThat(SigV4Signer.canonicalValue("   ")).isEmpty();
        assertThat(SigV4Signer.canonicalValue("")).isEmpty();
    }

    @Test
    void amzDateIsUtcWithSecondsAndFourDigitYears() {
        assertThat(SigV4Signer.amzDate(Instant.parse("2015-08-30T12:36:00.999Z"))).isEqualTo("20150830T123600Z");
        assertThat(SigV4Signer.amzDate(Instant.parse("0999-01-02T03:04:05Z"))).isEqualTo("09990102T030405Z");
        assertThat(SigV4Signer.amzDate(Instant.parse("2024-02-29T23:59:59Z"))).isEqualTo("20240229T235959Z");
        assertThatThrownBy(() -> SigV4Signer.amzDate(Instant.parse("+10000-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noSecretOrTokenAppearsInAString() {
        SigV4Signer signer = SigV4Signer.create();
        SigV4Signer.SignatureParts parts = signer.signatureParts("POST", "/", null, "h", Map.of(),
                SigV4Signer.hexSha256(new byte[0]), parameters(TEMPORARY, "us-east-1", TIME));
        TransportRequest signed = signer.sign(listTables(), parameters(TEMPORARY, "us-east-1", TIME));

        assertThat(List.of(signer.toString(), parts.toString(), signed.toString()))
                .allSatisfy(text -> assertThat(text).doesNotContain(SECRET).doesNotContain(TOKEN));
    }

    @Test
    void serviceLoaderFindsTheSigV4Provider() {
        List<SignerProvider> providers = new ArrayList<>();
        ServiceLoader.load(SignerProvider.class).forEach(providers::add);

        assertThat(providers).singleElement().isInstanceOf(SigV4SignerProvider.class);
        SignerProvider provider = providers.get(0);
        assertThat(provider.id()).isEqualTo("sigv4");
        assertThat(provider.priority()).isEqualTo(100);
        Signer signer = provider.create();
        assertThat(signer).isInstanceOf(SigV4Signer.class).isNotSameAs(provider.create());
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(Character.forDigit(b >> 4 & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return out.toString();
    }
}
