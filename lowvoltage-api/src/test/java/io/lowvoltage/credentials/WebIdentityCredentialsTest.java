package io.lowvoltage.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.exceptions.CredentialsException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebIdentityCredentialsTest {
    static final String RESPONSE = """
            <AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <AssumeRoleWithWebIdentityResult>
                <SubjectFromWebIdentityToken>system:serviceaccount:default:app</SubjectFromWebIdentityToken>
                <Credentials>
                  <SessionToken>TOKENSTS</SessionToken>
                  <SecretAccessKey>SECRETSTS</SecretAccessKey>
                  <Expiration>2026-01-01T01:00:00Z</Expiration>
                  <AccessKeyId>AKIDSTS</AccessKeyId>
                </Credentials>
              </AssumeRoleWithWebIdentityResult>
              <ResponseMetadata><RequestId>r</RequestId></ResponseMetadata>
            </AssumeRoleWithWebIdentityResponse>
            """;

    @TempDir
    Path directory;

    private final LocalHttpServer server = new LocalHttpServer();
    private final Map<String, String> environment = new HashMap<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    WebIdentityCredentialsTest() throws IOException {
    }

    @BeforeEach
    void token() throws IOException {
        Path token = directory.resolve("token");
        Files.writeString(token, "OIDC.TOKEN+/=\n");
        environment.put("AWS_WEB_IDENTITY_TOKEN_FILE", token.toString());
        environment.put("AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/app");
        environment.put("AWS_ROLE_SESSION_NAME", "session-1");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private WebIdentityCredentials provider() {
        return new WebIdentityCredentials(environment::get, URI.create(server.url() + "/"), clock);
    }

    @Test
    void assumesTheRoleWithAnUnsignedFormPost() {
        server.route("POST", "/", 200, RESPONSE);

        assertThat(provider().credentials()).isEqualTo(Credentials.of("AKIDSTS", "SECRETSTS", "TOKENSTS"));

        assertThat(server.requests()).singleElement().satisfies(request -> {
            assertThat(request.headers()).doesNotContainKey("authorization")
                    .containsEntry("content-type", "application/x-www-form-urlencoded; charset=utf-8");
            assertThat(request.body()).isEqualTo("Action=AssumeRoleWithWebIdentity&Version=2011-06-15"
                    + "&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fapp&RoleSessionName=session-1"
                    + "&WebIdentityToken=OIDC.TOKEN%2B%2F%3D");
        });
    }

    @Test
    void anStsErrorIsThrownWithItsCode() {
        server.route("POST", "/", 400, """
                <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                  <Error><Type>Sender</Type><Code>InvalidIdentityToken</Code><Message>No OpenIDConnect provider found</Message></Error>
                </ErrorResponse>""");

        assertThatThrownBy(() -> provider().credentials()).isInstanceOf(CredentialsException.class)
                .isNotInstanceOf(NoCredentialsHereException.class)
                .hasMessageContaining("HTTP 400 InvalidIdentityToken: No OpenIDConnect provider found")
                .message().doesNotContain("OIDC.TOKEN");
    }

    @Test
    void aBodyThatIsNotXmlOrHasADoctypeIsRefused() {
        server.route("POST", "/", 200, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
        assertThatThrownBy(() -> provider().credentials()).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("not XML");
    }

    @Test
    void withoutVariablesThereAreNoCredentialsHereButHalfAreAnError() {
        environment.clear();
        assertThatThrownBy(() -> provider().credentials()).isInstanceOf(NoCredentialsHereException.class);
        environment.put("AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/app");
        assertThatThrownBy(() -> provider().credentials()).isInstanceOf(CredentialsException.class)
                .isNotInstanceOf(NoCredentialsHereException.class)
                .hasMessageContaining("AWS_WEB_IDENTITY_TOKEN_FILE is not");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aMissingTokenFileIsAnError() {
        environment.put("AWS_WEB_IDENTITY_TOKEN_FILE", directory.resolve("missing").toString());
        assertThatThrownBy(() -> provider().credentials()).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("Could not read the web identity token file");
    }
}
