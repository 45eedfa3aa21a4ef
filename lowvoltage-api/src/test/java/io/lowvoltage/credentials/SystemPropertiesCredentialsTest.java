package io.lowvoltage.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SystemPropertiesCredentialsTest {
    @Test
    void readsTheAwsSdkPropertyNames() {
        Credentials credentials = new SystemPropertiesCredentials(Map.of("aws.accessKeyId", "AKID",
                "aws.secretAccessKey", "SECRET", "aws.sessionToken", "TOKEN")::get).credentials();

        assertThat(credentials).isEqualTo(Credentials.of("AKID", "SECRET", "TOKEN"));
        assertThat(new SystemPropertiesCredentials(Map.of("aws.accessKeyId", "AKID", "aws.secretKey", "OLD")::get)
                .credentials().secretAccessKey()).isEqualTo("OLD");
    }

    @Test
    void missingPropertiesMeanNoCredentialsHere() {
        assertThatThrownBy(() -> new SystemPropertiesCredentials(Map.<String, String>of()::get).credentials())
                .isInstanceOf(NoCredentialsHereException.class).hasMessageContaining("aws.accessKeyId is not set");
    }
}
