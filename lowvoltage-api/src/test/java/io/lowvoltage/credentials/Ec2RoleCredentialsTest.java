package io.lowvoltage.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.exceptions.CredentialsException;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class Ec2RoleCredentialsTest {
    static final String BODY = "{\"Code\":\"Success\",\"LastUpdated\":\"2026-01-01T00:00:00Z\",\"Type\":\"AWS-HMAC\","
            + "\"AccessKeyId\":\"AKIDEC2\",\"SecretAccessKey\":\"SECRETEC2\",\"Token\":\"TOKENEC2\","
            + "\"Expiration\":\"2026-01-01T06:00:00Z\"}";

    private final LocalHttpServer server = new LocalHttpServer();
    private final Map<String, String> environment = new HashMap<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    Ec2RoleCredentialsTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Ec2RoleCredentials provider() {
        return new Ec2RoleCredentials(environment::get, server.url(), clock);
    }

    @Test
    void imdsV2FetchesATokenThenTheRoleThenItsCredentials() {
        server.route("PUT", "/latest/api/token", 200, "IMDS-TOKEN")
                .route("GET", "/latest/meta-data/iam/security-credentials/", 200, "my-role\n")
                .route("GET", "/latest/meta-data/iam/security-credentials/my-role", 200, BODY);

        assertThat(provider().credentials()).isEqualTo(Credentials.of("AKIDEC2", "SECRETEC2", "TOKENEC2"));

        assertThat(server.requests()).hasSize(3);
        assertThat(server.requests().get(0).headers()).containsEntry("x-aws-ec2-metadata-token-ttl-seconds", "21600");
        assertThat(server.requests().subList(1, 3))
                .allSatisfy(r -> assertThat(r.headers()).containsEntry("x-aws-ec2-metadata-token", "IMDS-TOKEN"));
    }

    @Test
    void imdsV1IsUsedWhenTheTokenCallIsRefused() {
        for (int status : new int[] {403, 404, 405}) {
            try (LocalHttpServer v1 = new LocalHttpServer()) {
                v1.route("PUT", "/latest/api/token", status, "")
                        .route("GET", "/latest/meta-data/iam/security-credentials/", 200, "my-role")
                        .route("GET", "/latest/meta-data/iam/security-credentials/my-role", 200, BODY);
                environment.put("AWS_EC2_METADATA_SERVICE_ENDPOINT", v1.url() + "/");

                assertThat(provider().credentials().accessKeyId()).isEqualTo("AKIDEC2");
                assertThat(v1.requests().get(1).headers()).doesNotContainKey("x-aws-ec2-metadata-token");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void disabledMetadataMeansNoCredentialsHereWithoutACall() {
        environment.put("AWS_EC2_METADATA_DISABLED", "true");
        assertThatThrownBy(() -> provider().credentials()).isInstanceOf(NoCredentialsHereException.class)
                .hasMessageContaining("AWS_EC2_METADATA_DISABLED");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void anInstanceWithoutARoleHasNoCredentialsHere() {
        server.route("PUT", "/latest/api/token", 200, "Tbl");
        assertThatThrownBy(() -> provider().credentials()).isInstanceOf(NoCredentialsHereException.class)
                .hasMessageContaining("no IAM role");
    }

    @Test
    void anUnreachableDefaultEndpointMeansNotOnEc2ButAConfiguredOneIsAnError() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String closed = "http://127.0.0.1:" + closedPort;
        assertThatThrownBy(() -> new Ec2RoleCredentials(environment::get, closed, clock).credentials())
                .isInstanceOf(NoCredentialsHereException.class).hasMessageContaining("not on EC2");
        environment.put("AWS_EC2_METADATA_SERVICE_ENDPOINT", closed);
        assertThatThrownBy(() -> provider().credentials()).isInstanceOf(CredentialsException.class)
                .isNotInstanceOf(NoCredentialsHereException.class)
                .hasMessageContaining("AWS_EC2_METADATA_SERVICE_ENDPOINT");
    }

    @Test
    void aFailedCodeIsAnError() {
        server.route("PUT", "/latest/api/token", 200, "Tbl")
                .route("GET", "/latest/meta-data/iam/security-credentials/", 200, "r")
                .route("GET", "/latest/meta-data/iam/security-credentials/r", 200, "{\"Code\":\"AssumeRoleUnauthorizedAccess\"}");
        assertThatThrownBy(() -> provider().credentials()).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("AssumeRoleUnauthorizedAccess");
    }
}
