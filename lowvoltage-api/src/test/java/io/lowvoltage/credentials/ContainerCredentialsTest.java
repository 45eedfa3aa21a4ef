package io.lowvoltage.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.exceptions.CredentialsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerCredentialsTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    static final String BODY = "{\"RoleArn\":\"arn:aws:iam::1:role/r\",\"AccessKeyId\":\"AKIDCONTAINER\","
            + "\"SecretAccessKey\":\"SECRETCONTAINER\",\"Token\":\"TOKENCONTAINER\","
            + "\"Expiration\":\"2026-01-01T06:00:00Z\",\"Extra\":{\"a\":[1]}}";

    @TempDir
    Path directory;

    private final LocalHttpServer server = new LocalHttpServer();
    private final Map<String, String> environment = new HashMap<>();
    private final MutableClock clock = new MutableClock(NOW);

    ContainerCredentialsTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ContainerCredentials provider() {
        return new ContainerCredentials(environment::get, server.url(), clock);
    }

    @Test
    void theRelativeUriIsFetchedFromTheEcsAddress() {
        server.route("GET", "/v2/credentials/abc", 200, BODY);
        environment.put("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/abc");

        Credentials credentials = provider().credentials();

        assertThat(credentials).isEqualTo(Credentials.of("AKIDCONTAINER", "SECRETCONTAINER", "TOKENCONTAINER"));
        assertThat(server.requests()).singleElement().satisfies(r -> assertThat(r.headers()).doesNotContainKey("authorization"));
    }

    @Test
    void theFullUriTakesTheTokenFromItsFileAtEveryRefresh() throws IOException {
        server.route("GET", "/creds", 200, BODY);
        Path tokenFile = directory.resolve("token");
        Files.writeString(tokenFile, "FIRST-AUTH\n");
        environment.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", server.url() + "/creds");
        environment.put("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", tokenFile.toString());
        environment.put("AWS_CONTAINER_AUTHORIZATION_TOKEN", "IGNORED");
        ContainerCredentials provider = provider();

        provider.credentials();
        Files.writeString(tokenFile, "SECOND-AUTH");
        clock.advance(Duration.ofHours(1));
        provider.credentials();

        assertThat(server.requests()).extracting(r -> r.headers().get("authorization"))
                .containsExactly("FIRST-AUTH", "SECOND-AUTH");
    }

    @Test
    void theTokenVariableIsSentWhenThereIsNoFile() {
        server.route("GET", "/creds", 200, BODY);
        environment.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", server.url().replace("127.0.0.1", "localhost") + "/creds");
        environment.put("AWS_CONTAINER_AUTHORIZATION_TOKEN", "AUTH");

        provider().credentials();

        assertThat(server.requests().get(0).headers()).containsEntry("authorization", "AUTH");
    }

    @Test
    void aFullUriToAnotherHostOverHttpIsRefused() {
        environment.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://192.0.2.10/creds");

        assertThatThrownBy(() -> provider().credentials()).isInstanceOf(CredentialsException.class)
                .isNotInstanceOf(NoCredentialsHereException.class)
                .hasMessageContaining("is not allowed");
    }

    @Test
    void noVariableMeansNoCredentialsHere() {
        assertThatThrownBy(() -> provider().credentials()).isInstanceOf(NoCredentialsHereException.class)
                .hasMessageContaining("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void anErrorStatusOrABadBodyIsAConfigurationError() {
        server.route("GET", "/denied", 403, "SECRET-IN-ERROR-BODY");
        server.route("GET", "/garbage", 200, "{\"AccessKeyId\":\"AKID\",\"SecretAccessKey\":SECRETBROKEN");
        environment.put("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/denied");
        assertThatThrownBy(() -> provider().credentials()).isInstanceOf(CredentialsException.class)
                .isNotInstanceOf(NoCredentialsHereException.class)
                .hasMessageContaining("HTTP 403").message().doesNotContain("SECRET");
        environment.put("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/garbage");
        assertThatThrownBy(() -> provider().credentials()).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("not valid JSON").message().doesNotContain("SECRET");
    }
}
