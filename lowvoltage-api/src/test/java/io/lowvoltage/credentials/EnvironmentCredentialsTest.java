package io.lowvoltage.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.exceptions.CredentialsException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentCredentialsTest {
    @Test
    void readsKeysAndSessionToken() {
        Credentials credentials = new EnvironmentCredentials(Map.of("AWS_ACCESS_KEY_ID", "AKID",
                "AWS_SECRET_ACCESS_KEY", "SECRET", "AWS_SESSION_TOKEN", "TOKEN")).credentials();

        assertThat(credentials.accessKeyId()).isEqualTo("AKID");
        assertThat(credentials.secretAccessKey()).isEqualTo("SECRET");
        assertThat(credentials.sessionToken()).contains("TOKEN");
    }

    @Test
    void fallsBackToTheOlderSecurityTokenVariable() {
        Credentials credentials = new EnvironmentCredentials(Map.of("AWS_ACCESS_KEY_ID", "AKID",
                "AWS_SECRET_ACCESS_KEY", "SECRET", "AWS_SECURITY_TOKEN", "OLD")).credentials();

        assertThat(credentials.sessionToken()).contains("OLD");
    }

    @Test
    void longTermCredentialsHaveNoToken() {
        assertThat(new EnvironmentCredentials(Map.of("AWS_ACCESS_KEY_ID", "AKID", "AWS_SECRET_ACCESS_KEY", "S"))
                .credentials().sessionToken()).isEmpty();
    }

    @Test
    void aMissingVariableIsNamedWithHowToFixIt() {
        assertThatThrownBy(() -> new EnvironmentCredentials(Map.of("AWS_ACCESS_KEY_ID", "AKID")).credentials())
                .isInstanceOf(CredentialsException.class)
                .hasMessageContaining("AWS_SECRET_ACCESS_KEY is not set")
                .hasMessageContaining("Connection.builder().credentials(...)");
    }

    @Test
    void secretsNeverAppearInStrings() {
        Credentials credentials = Credentials.of("AKID", "SECRET", "TOKEN");
        assertThat(credentials.toString()).contains("AKID").doesNotContain("SECRET", "TOKEN");
        assertThat(new StaticCredentials(credentials).toString()).doesNotContain("SECRET", "TOKEN");
    }
}
