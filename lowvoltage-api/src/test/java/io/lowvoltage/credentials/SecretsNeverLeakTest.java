package io.lowvoltage.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import io.lowvoltage.Connection;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds every provider with known secrets, makes each succeed and fail, and searches every toString(),
 * exception message, stack trace and log line (System.Logger goes to java.util.logging by default) for them.
 */
class SecretsNeverLeakTest {
    private static final String SECRET = "SeCrEt-AcCeSs-KeY-0001";
    private static final String TOKEN = "SeSsIoN-ToKeN-0002";
    private static final String AUTH = "AuThOrIzAtIoN-0003";
    private static final String OIDC = "OiDc-ToKeN-0004";
    private static final String IMDS = "ImDs-ToKeN-0005";
    private static final List<String> SECRETS = List.of(SECRET, TOKEN, AUTH, OIDC, IMDS);
    private static final String JSON = "{\"AccessKeyId\":\"AKIDLEAK\",\"SecretAccessKey\":\"" + SECRET
            + "\",\"Token\":\"" + TOKEN + "\",\"Expiration\":\"2026-01-01T00:30:00Z\"}";

    @TempDir
    Path directory;

    private final List<String> seen = new ArrayList<>();
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public synchronized void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger lowvoltage = Logger.getLogger("io.lowvoltage");
    private Level previousLevel;
    private LocalHttpServer server;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @BeforeEach
    void capture() throws IOException {
        previousLevel = lowvoltage.getLevel();
        lowvoltage.setLevel(Level.ALL);
        handler.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(handler);
        server = new LocalHttpServer();
    }

    @AfterEach
    void release() {
        Logger.getLogger("").removeHandler(handler);
        lowvoltage.setLevel(previousLevel);
        server.close();
    }

    /** Calls the provider, recording its toString before and after and any exception in full. */
    private void exercise(CredentialsProvider provider) {
        seen.add(provider.toString());
        try {
            Credentials credentials = provider.credentials();
            seen.add(credentials.toString());
        } catch (RuntimeException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            seen.add(trace.toString());
        }
        seen.add(provider.toString());
    }

    private void exercise(Supplier<CredentialsProvider> provider) {
        exercise(provider.get());
    }

    @Test
    void noSecretAppearsInStringsMessagesOrLogs() throws IOException {
        Map<String, String> env = new HashMap<>(Map.of("AWS_ACCESS_KEY_ID", "AKIDLEAK",
                "AWS_SECRET_ACCESS_KEY", SECRET, "AWS_SESSION_TOKEN", TOKEN));
        exercise(new EnvironmentCredentials(env));
        exercise(new EnvironmentCredentials(Map.of("AWS_SECRET_ACCESS_KEY", SECRET)));
        exercise(new SystemPropertiesCredentials(Map.of("aws.accessKeyId", "AKIDLEAK", "aws.secretAccessKey", SECRET,
                "aws.sessionToken", TOKEN)::get));
        exercise(new SystemPropertiesCredentials(Map.of("aws.secretAccessKey", SECRET)::get));
        exercise(new StaticCredentials("AKIDLEAK", SECRET, TOKEN));

        // Profiles: good, half a key pair, malformed line, role profile.
        Path credentialsFile = directory.resolve("credentials");
        Map<String, String> profileEnv = new HashMap<>(Map.of("AWS_SHARED_CREDENTIALS_FILE", credentialsFile.toString(),
                "AWS_CONFIG_FILE", directory.resolve("config").toString()));
        Files.writeString(credentialsFile, "[default]\naws_access_key_id = AKIDLEAK\naws_secret_access_key = " + SECRET
                + "\naws_session_token = " + TOKEN + "\n[half]\naws_secret_access_key = " + SECRET + "\n[role]\n"
                + "aws_secret_access_key = " + SECRET + "\nrole_arn = arn:aws:iam::1:role/r\n");
        exercise(new ProfileCredentials(null, profileEnv::get, Map.<String, String>of()::get));
        exercise(new ProfileCredentials("half", profileEnv::get, Map.<String, String>of()::get));
        exercise(new ProfileCredentials("role", profileEnv::get, Map.<String, String>of()::get));
        Path broken = directory.resolve("broken");
        Files.writeString(broken, "[default]\n" + SECRET + "\n");
        exercise(new ProfileCredentials(null, Map.of("AWS_SHARED_CREDENTIALS_FILE", broken.toString())::get,
                Map.<String, String>of()::get));

        // Container: success, then a failing refresh (logged), then bad bodies and statuses.
        server.route("GET", "/ok", 200, JSON).route("GET", "/echo", request -> new LocalHttpServer.Answer(500,
                "denied " + request.headers().get("authorization"))).route("GET", "/bad", 200, JSON.substring(0, 60));
        Map<String, String> containerEnv = new HashMap<>(Map.of("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/ok",
                "AWS_CONTAINER_AUTHORIZATION_TOKEN", AUTH));
        ContainerCredentials container = new ContainerCredentials(containerEnv::get, server.url(), clock);
        exercise(container);
        containerEnv.put("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/echo");
        clock.advance(Duration.ofMinutes(20));
        exercise(container);
        assertThat(logged).anySatisfy(r -> assertThat(r.getLevel()).isEqualTo(Level.WARNING));
        exercise(() -> new ContainerCredentials(containerEnv::get, server.url(), clock));
        containerEnv.put("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/bad");
        exercise(() -> new ContainerCredentials(containerEnv::get, server.url(), clock));
        containerEnv.put("AWS_CONTAINER_AUTHORIZATION_TOKEN", AUTH + "\nX");
        exercise(() -> new ContainerCredentials(containerEnv::get, server.url(), clock));

        // EC2: success and a bad body.
        server.route("PUT", "/latest/api/token", 200, IMDS)
                .route("GET", "/latest/meta-data/iam/security-credentials/", 200, "role")
                .route("GET", "/latest/meta-data/iam/security-credentials/role", 200, JSON)
                .route("GET", "/latest/meta-data/iam/security-credentials/other", 200, "{\"SecretAccessKey\":\"" + SECRET + "\"}");
        exercise(new Ec2RoleCredentials(Map.<String, String>of()::get, server.url(), clock));
        server.route("GET", "/latest/meta-data/iam/security-credentials/", 200, "other");
        exercise(new Ec2RoleCredentials(Map.<String, String>of()::get, server.url(), clock));

        // Web identity: success and an error that echoes nothing secret.
        Path tokenFile = directory.resolve("oidc");
        Files.writeString(tokenFile, OIDC);
        Map<String, String> webEnv = Map.of("AWS_WEB_IDENTITY_TOKEN_FILE", tokenFile.toString(),
                "AWS_ROLE_ARN", "arn:aws:iam::1:role/r");
        server.route("POST", "/sts/", 200, "<R><Credentials><AccessKeyId>AKIDLEAK</AccessKeyId><SecretAccessKey>"
                + SECRET + "</SecretAccessKey><SessionToken>" + TOKEN + "</SessionToken><Expiration>"
                + "2026-01-01T01:00:00Z</Expiration></Credentials></R>");
        server.route("POST", "/sts-error/", 403, "<ErrorResponse><Error><Code>AccessDenied</Code><Message>Not"
                + " authorized</Message></Error></ErrorResponse>");
        exercise(new WebIdentityCredentials(webEnv::get, URI.create(server.url() + "/sts/"), clock));
        exercise(new WebIdentityCredentials(webEnv::get, URI.create(server.url() + "/sts-error/"), clock));

        // The chain, found and not found, and a connection that shows it.
        DefaultCredentialsChain chain = new DefaultCredentialsChain(List.of(new EnvironmentCredentials(Map.of()),
                new EnvironmentCredentials(env)));
        exercise(chain);
        exercise(new DefaultCredentialsChain(List.of(new SystemPropertiesCredentials(Map.of("aws.secretAccessKey",
                SECRET)::get))));
        seen.add(Connection.builder().region("us-east-1").credentials(chain).transport(new io.lowvoltage.support.CannedTransport())
                .signer((request, parameters) -> request).build().toString());

        for (LogRecord record : logged) {
            seen.add(record.getLevel() + " " + record.getMessage());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                seen.add(trace.toString());
            }
        }
        assertThat(String.join("\n", seen)).contains("AKIDLEAK", "not supported", "Could not refresh");
        for (String text : seen) {
            for (String secret : SECRETS) {
                assertThat(text).as("a string, message or log line").doesNotContain(secret);
            }
        }
    }
}
