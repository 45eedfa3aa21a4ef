package io.lowvoltage.benchmarks;

import io.lowvoltage.signing.SigV4Signer;
import io.lowvoltage.spi.SigningParameters;
import io.lowvoltage.spi.TransportRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Signing a DynamoDB PutItem request with a 1 KB body: LowVoltage's SigV4 signer, the AWS SDK's, and the bare
 * crypto any SigV4 signer must do (a SHA-256 of the body, a SHA-256 of the canonical request, one HMAC with a
 * cached signing key, hex). Run with {@code -prof gc} for bytes per operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class SigningBenchmark {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private byte[] body;
    private SigV4Signer signer;
    private TransportRequest request;
    private SigningParameters parameters;

    private AwsV4HttpSigner sdkSigner;
    private SdkHttpRequest sdkRequest;
    private AwsCredentialsIdentity sdkIdentity;
    private Clock clock;

    private MessageDigest sha256;
    private Mac hmac;
    private byte[] canonicalRequestPrefix;
    private byte[] stringToSignPrefix;

    @Setup
    public void setUp() throws Exception {
        body = Fixtures.putItemBody1k();
        signer = SigV4Signer.create();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", Fixtures.CONTENT_TYPE);
        headers.put("X-Amz-Target", Fixtures.PUT_ITEM_TARGET);
        request = TransportRequest.of("POST", Fixtures.ENDPOINT, headers, body);
        parameters = SigningParameters.of(Fixtures.CREDENTIALS, Fixtures.REGION, "dynamodb", Fixtures.TIME);

        sdkSigner = AwsV4HttpSigner.create();
        sdkRequest = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(Fixtures.ENDPOINT)
                .putHeader("Content-Type", Fixtures.CONTENT_TYPE)
                .putHeader("X-Amz-Target", Fixtures.PUT_ITEM_TARGET)
                .build();
        sdkIdentity = AwsCredentialsIdentity.create(Fixtures.ACCESS_KEY, Fixtures.SECRET_KEY);
        clock = Clock.fixed(Fixtures.TIME, ZoneOffset.UTC);

        sha256 = MessageDigest.getInstance("SHA-256");
        hmac = Mac.getInstance("HmacSHA256");
        byte[] key = ("AWS4" + Fixtures.SECRET_KEY).getBytes(StandardCharsets.UTF_8);
        for (String part : new String[] {"20261126", Fixtures.REGION, "dynamodb", "aws4_request"}) {
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            key = hmac.doFinal(part.getBytes(StandardCharsets.UTF_8));
        }
        hmac.init(new SecretKeySpec(key, "HmacSHA256"));
        canonicalRequestPrefix = ("POST\n/\n\ncontent-type:" + Fixtures.CONTENT_TYPE
                + "\nhost:dynamodb.us-east-1.amazonaws.com\nx-amz-date:20261126T123456Z\nx-amz-target:"
                + Fixtures.PUT_ITEM_TARGET + "\n\ncontent-type;host;x-amz-date;x-amz-target\n")
                .getBytes(StandardCharsets.UTF_8);
        stringToSignPrefix = "AWS4-HMAC-SHA256\n20261126T123456Z\n20261126/us-east-1/dynamodb/aws4_request\n"
                .getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public TransportRequest lowVoltage() {
        return signer.sign(request, parameters);
    }

    @Benchmark
    public SdkHttpRequest sdk() {
        SignedRequest signed = sdkSigner.sign(r -> r
                .identity(sdkIdentity)
                .request(sdkRequest)
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "dynamodb")
                .putProperty(AwsV4HttpSigner.REGION_NAME, Fixtures.REGION)
                .putProperty(HttpSigner.SIGNING_CLOCK, clock));
        return signed.request();
    }

    /** The floor: the two digests, the one HMAC and the hex every SigV4 signature needs, with nothing around them. */
    @Benchmark
    public String bareCrypto() {
        byte[] payloadHash = hex(sha256.digest(body));
        sha256.update(canonicalRequestPrefix);
        sha256.update(payloadHash);
        byte[] canonicalHash = hex(sha256.digest());
        hmac.update(stringToSignPrefix);
        hmac.update(canonicalHash);
        return new String(hex(hmac.doFinal()), StandardCharsets.ISO_8859_1);
    }

    private static byte[] hex(byte[] bytes) {
        byte[] hex = new byte[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            hex[2 * i] = HEX[bytes[i] >> 4 & 0xF];
            hex[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return hex;
    }
}
