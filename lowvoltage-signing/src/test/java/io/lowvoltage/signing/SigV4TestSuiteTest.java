package io.lowvoltage.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.lowvoltage.credentials.Credentials;
import io.lowvoltage.spi.SigningParameters;
import io.lowvoltage.spi.TransportRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every header-signing vector of {@code src/test/resources/sigv4-test-suite} (see its {@code SOURCE.md}):
 * the aws-c-auth {@code v4/} set, the botocore legacy {@code aws4_testsuite} (subfolders included) and the three
 * generated DynamoDB requests.
 *
 * <p>Harness rules, since a {@link TransportRequest} holds one value per header name: a repeated header is one
 * entry whose values are joined with {@code ","} in order of appearance, and a continuation line (one starting with
 * whitespace) is folded into the previous value with a space. Both give the canonical form SigV4 defines. The
 * {@code Host} header becomes the host argument (or the URI authority); {@code X-Amz-Date} and
 * {@code X-Amz-Security-Token}, present in the legacy requests, are left to the signer, which owns them.
 */
class SigV4TestSuiteTest {
    private static final String ACCESS_KEY_ID = "AKIDEXAMPLE";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final Instant TIME = Instant.parse("2015-08-30T12:36:00Z");

    static Stream<Vector> vectors() throws IOException {
        Path root = resource("/sigv4-test-suite");
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> found = files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().equals("request.txt") || f.toString().endsWith(".req"))
                    .sorted()
                    .toList();
            return found.stream().map(file -> Vector.load(root, file));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void headerSignatureMatchesTheVector(Vector vector) {
        SigV4Signer signer = vector.normalize ? SigV4Signer.create() : SigV4Signer.createWithoutPathNormalization();
        HttpMessage request = vector.request;

        SigV4Signer.SignatureParts parts = signer.signatureParts(request.method, request.rawPath(),
                request.rawQuery(), request.host(), vector.headersToSign(), SigV4Signer.hexSha256(request.body),
                vector.parameters());

        assertThat(parts.canonicalRequest()).isEqualTo(vector.expectedCanonicalRequest);
        assertThat(parts.stringToSign()).isEqualTo(vector.expectedStringToSign);
        assertThat(parts.signature()).isEqualTo(vector.expectedSignature);
        assertThat(parts.headers().get("Authorization")).isEqualTo(vector.expectedAuthorization);
        // Canonical only: the expected canonical request alone gives the expected string to sign.
        assertThat(SigV4Signer.stringToSign("20150830T123600Z", vector.scope(), vector.expectedCanonicalRequest))
                .isEqualTo(vector.expectedStringToSign);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void signedRequestMatchesTheVector(Vector vector) {
        HttpMessage request = vector.request;
        assumeFalse(request.pathAndQuery.contains(" "),
                "a java.net.URI cannot carry a raw space in its path; headerSignatureMatchesTheVector covers it");
        assumeFalse(vector.headersToSign().keySet().stream().anyMatch(n -> n.equalsIgnoreCase("Content-Length")),
                "a TransportRequest never holds Content-Length; headerSignatureMatchesTheVector covers it");
        SigV4Signer signer = vector.normalize ? SigV4Signer.create() : SigV4Signer.createWithoutPathNormalization();
        URI uri = URI.create("https://" + request.host() + request.pathAndQuery);
        TransportRequest unsigned = TransportRequest.of(request.method, uri, vector.headersToSign(), request.body);
        Map<String, String> before = Map.copyOf(unsigned.headers());

        TransportRequest signed = signer.sign(unsigned, vector.parameters());
        if (vector.omitSessionToken) {
            signed = signed.withHeaders(Map.of("X-Amz-Security-Token", vector.token));
        }

        assertThat(signed.method()).isEqualTo(vector.expectedSigned.method);
        assertThat(signed.uri()).isSameAs(uri);
        assertThat(signed.body()).isSameAs(request.body);
        Map<String, String> actual = new HashMap<>();
        actual.put("host", uri.getHost());
        signed.headers().forEach((name, value) -> actual.put(name.toLowerCase(Locale.ROOT), value.strip()));
        Map<String, String> expected = new HashMap<>();
        vector.expectedSigned.headers.forEach((name, value) -> expected.put(name.toLowerCase(Locale.ROOT),
                value.strip()));
        assertThat(actual).isEqualTo(expected);
        assertThat(unsigned.headers()).isEqualTo(before);
    }

    private static Path resource(String name) {
        try {
            return Path.of(SigV4TestSuiteTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One vector: the request, the signing context, and what it should sign to. */
    static final class Vector {
        private static final Pattern JSON_MEMBER =
                Pattern.compile("\"(\\w+)\"\\s*:\\s*(?:\"([^\"]*)\"|(true|false|-?\\d+))");

        final String name;
        final HttpMessage request;
        final String region;
        final String service;
        final String token;
        final boolean normalize;
        final boolean signBody;
        final boolean omitSessionToken;
        final String expectedCanonicalRequest;
        final String expectedStringToSign;
        final String expectedSignature;
        final String expectedAuthorization;
        final HttpMessage expectedSigned;

        private Vector(String name, HttpMessage request, Map<String, String> context, String canonicalRequest,
                String stringToSign, String signature, String authorization, HttpMessage signed) {
            this.name = name;
            this.request = request;
            this.region = context.getOrDefault("region", "us-east-1");
            this.service = context.getOrDefault("service", "service");
            this.token = context.get("token");
            this.normalize = Boolean.parseBoolean(context.getOrDefault("normalize", "true"));
            this.signBody = Boolean.parseBoolean(context.getOrDefault("sign_body", "false"));
            this.omitSessionToken = Boolean.parseBoolean(context.getOrDefault("omit_session_token", "false"));
            this.expectedCanonicalRequest = canonicalRequest;
            this.expectedStringToSign = stringToSign;
            this.expectedSignature = signature;
            this.expectedAuthorization = authorization;
            this.expectedSigned = signed;
        }

        static Vector load(Path root, Path requestFile) {
            Path folder = requestFile.getParent();
            String name = root.relativize(folder).toString().replace('\\', '/');
            HttpMessage request = HttpMessage.parse(read(requestFile));
            if (requestFile.getFileName().toString().equals("request.txt")) {
                Map<String, String> context = parseContext(read(folder.resolve("context.json")));
                HttpMessage signed = HttpMessage.parse(read(folder.resolve("header-signed-request.txt")));
                return new Vector(name, request, context, read(folder.resolve("header-canonical-request.txt")),
                        read(folder.resolve("header-string-to-sign.txt")),
                        read(folder.resolve("header-signature.txt")).strip(),
                        signed.headers.get("Authorization").strip(), signed);
            }
            // Legacy layout: no context file (botocore's test_sigv4.py hard-codes it). The session token is the
            // one in the signed request; it was signed when the canonical request has it, else added afterwards.
            String base = requestFile.getFileName().toString().replaceFirst("\\.req$", "");
            String canonicalRequest = read(folder.resolve(base + ".creq"));
            HttpMessage signed = HttpMessage.parse(read(folder.resolve(base + ".sreq")));
            String authorization = read(folder.resolve(base + ".authz")).strip();
            Map<String, String> context = new HashMap<>();
            String token = signed.headers.get("X-Amz-Security-Token");
            if (token != null) {
                context.put("token", token);
                context.put("omit_session_token",
                        String.valueOf(!canonicalRequest.contains("\nx-amz-security-token:")));
            }
            if (name.equals("legacy-aws4_testsuite/get-vanilla-with-session-token")) {
                // Upstream slip: this .sreq carries get-vanilla's signature (5fa00f...), contradicting its own
                // .creq, .sts and .authz, and the aws-c-auth v4 vector of the same name. Trust the .authz.
                signed.headers.put("Authorization", authorization);
            }
            return new Vector(name, request, context, canonicalRequest, read(folder.resolve(base + ".sts")),
                    authorization.substring(authorization.lastIndexOf('=') + 1), authorization, signed);
        }

        private static Map<String, String> parseContext(String json) {
            Map<String, String> context = new HashMap<>();
            Matcher member = JSON_MEMBER.matcher(json);
            while (member.find()) {
                context.put(member.group(1), member.group(2) != null ? member.group(2) : member.group(3));
            }
            return context;
        }

        /** The request's headers less Host, plus x-amz-content-sha256 when the context signs the body. */
        Map<String, String> headersToSign() {
            Map<String, String> headers = new LinkedHashMap<>(request.headers);
            headers.remove("Host");
            if (signBody) {
                headers.put("x-amz-content-sha256", SigV4Signer.hexSha256(request.body));
            }
            return headers;
        }

        SigningParameters parameters() {
            Credentials credentials = token == null || omitSessionToken
                    ? Credentials.of(ACCESS_KEY_ID, SECRET)
                    : Credentials.of(ACCESS_KEY_ID, SECRET, token);
            return SigningParameters.of(credentials, region, service, TIME);
        }

        String scope() {
            return "20150830/" + region + "/" + service + "/aws4_request";
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A request or signed request in the vector file format (LF line ends, no trailing newline). */
    static final class HttpMessage {
        final String method;
        final String pathAndQuery;
        final Map<String, String> headers;
        final byte[] body;

        private HttpMessage(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
            this.method = method;
            this.pathAndQuery = pathAndQuery;
            this.headers = headers;
            this.body = body;
        }

        static HttpMessage parse(String text) {
            int headersEnd = text.indexOf("\n\n");
            String head = headersEnd < 0 ? text : text.substring(0, headersEnd);
            String body = headersEnd < 0 ? "" : text.substring(headersEnd + 2);
            String[] lines = head.split("\n", -1);
            String requestLine = lines[0];
            int firstSpace = requestLine.indexOf(' ');
            // The path may hold a raw space (get-space), so the target ends at the last " HTTP/".
            String target = requestLine.substring(firstSpace + 1, requestLine.lastIndexOf(" HTTP/"));
            Map<String, String> headers = new LinkedHashMap<>();
            String previous = null;
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i];
                if (line.isEmpty()) {
                    continue;
                }
                if (Character.isWhitespace(line.charAt(0)) && previous != null) {
                    headers.put(previous, headers.get(previous) + " " + line.strip());
                    continue;
                }
                int colon = line.indexOf(':');
                String name = line.substring(0, colon);
                String value = line.substring(colon + 1);
                String existing = headers.keySet().stream().filter(name::equalsIgnoreCase).findFirst().orElse(null);
                if (existing == null) {
                    headers.put(name, value);
                    previous = name;
                } else {
                    headers.put(existing, headers.get(existing) + "," + value);
                    previous = existing;
                }
            }
            return new HttpMessage(requestLine.substring(0, firstSpace), target, headers,
                    body.getBytes(StandardCharsets.UTF_8));
        }

        String host() {
            return headers.get("Host");
        }

        String rawPath() {
            int question = pathAndQuery.indexOf('?');
            return question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        }

        String rawQuery() {
            int question = pathAndQuery.indexOf('?');
            return question < 0 ? null : pathAndQuery.substring(question + 1);
        }
    }
}
