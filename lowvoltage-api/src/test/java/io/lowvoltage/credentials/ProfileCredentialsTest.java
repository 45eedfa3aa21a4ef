package io.lowvoltage.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.exceptions.CredentialsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCredentialsTest {
    @TempDir
    Path home;

    private final Map<String, String> environment = new HashMap<>();
    private final Map<String, String> properties = new HashMap<>();

    private ProfileCredentials provider(String profile) {
        environment.putIfAbsent("HOME", home.toString());
        return new ProfileCredentials(profile, environment::get, properties::get);
    }

    private void write(String name, String content) throws IOException {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws").resolve(name), content);
    }

    @Test
    void readsTheDefaultProfileOfTheCredentialsFile() throws IOException {
        write("credentials", """
                # a comment
                ; another
                [default]
                aws_access_key_id = AKIDDEFAULT
                aws_secret_access_key=SECRET/with+chars=
                aws_session_token =   TOKEN   ; inline comment
                """);

        Credentials credentials = provider(null).credentials();

        assertThat(credentials.accessKeyId()).isEqualTo("AKIDDEFAULT");
        assertThat(credentials.secretAccessKey()).isEqualTo("SECRET/with+chars=");
        assertThat(credentials.sessionToken()).contains("TOKEN");
    }

    @Test
    void namedProfilesArePrefixedInTheConfigFileOnly() throws IOException {
        write("config", """
                [default]
                region = us-east-1
                [profile dev]
                aws_access_key_id = AKIDCONFIG
                aws_secret_access_key = SECRETCONFIG
                [prod]
                aws_access_key_id = IGNORED
                aws_secret_access_key = IGNORED
                """);
        write("credentials", """
                [prod]
                aws_access_key_id = AKIDPROD
                aws_secret_access_key = SECRETPROD
                """);

        assertThat(provider("dev").credentials().accessKeyId()).isEqualTo("AKIDCONFIG");
        assertThat(provider("prod").credentials().accessKeyId()).isEqualTo("AKIDPROD");
        environment.put("AWS_PROFILE", "dev");
        assertThat(provider(null).credentials().accessKeyId()).isEqualTo("AKIDCONFIG");
        properties.put("aws.profile", "prod");
        assertThat(provider(null).credentials().accessKeyId()).as("the system property wins").isEqualTo("AKIDPROD");
    }

    @Test
    void theCredentialsFileWinsPerProperty() throws IOException {
        write("config", """
                [profile both]
                aws_access_key_id = AKIDCONFIG
                aws_secret_access_key = SECRETCONFIG
                aws_session_token = TOKENCONFIG
                """);
        write("credentials", """
                [both]
                aws_access_key_id = AKIDCREDENTIALS
                aws_secret_access_key = SECRETCREDENTIALS
                """);

        Credentials credentials = provider("both").credentials();

        assertThat(credentials.accessKeyId()).isEqualTo("AKIDCREDENTIALS");
        assertThat(credentials.secretAccessKey()).isEqualTo("SECRETCREDENTIALS");
        assertThat(credentials.sessionToken()).contains("TOKENCONFIG");
    }

    @Test
    void filesMayBeMovedByVariablesAndContinuationLinesAreSkipped() throws IOException {
        Path credentials = home.resolve("elsewhere");
        Files.writeString(credentials, """
                [default]
                s3 =
                  max_concurrent_requests = 20
                  signature_version = s3v4
                aws_access_key_id = AKIDMOVED
                description = a long
                  value over lines
                \taws_secret_access_key = NOT_A_KEY
                aws_secret_access_key = SECRETMOVED

                """);
        environment.put("AWS_SHARED_CREDENTIALS_FILE", credentials.toString());
        environment.put("AWS_CONFIG_FILE", home.resolve("missing").toString());

        Credentials read = provider(null).credentials();

        assertThat(read.accessKeyId()).isEqualTo("AKIDMOVED");
        assertThat(read.secretAccessKey()).isEqualTo("SECRETMOVED");
    }

    @Test
    void noFilesOrNoDefaultProfileMeansNoCredentialsHere() throws IOException {
        assertThatThrownBy(() -> provider(null).credentials()).isInstanceOf(NoCredentialsHereException.class)
                .hasMessageContaining("No profile [default]");
        write("config", "[default]\nregion = eu-west-1\n");
        assertThatThrownBy(() -> provider(null).credentials()).isInstanceOf(NoCredentialsHereException.class)
                .hasMessageContaining("has no aws_access_key_id");
    }

    @Test
    void aNamedProfileThatIsMissingIsAConfigurationError() {
        environment.put("AWS_PROFILE", "typo");
        assertThatThrownBy(() -> provider(null).credentials()).isInstanceOf(CredentialsException.class)
                .isNotInstanceOf(NoCredentialsHereException.class)
                .hasMessageContaining("No profile [typo]");
    }

    @Test
    void roleAndSsoProfilesAreRefusedWithAClearMessage() throws IOException {
        write("config", """
                [profile role]
                role_arn = arn:aws:iam::123456789012:role/x
                source_profile = default
                [profile sso]
                sso_session = corp
                sso_account_id = 123456789012
                [sso-session corp]
                sso_start_url = https://example.awsapps.com/start
                """);

        assertThatThrownBy(() -> provider("role").credentials()).isInstanceOf(CredentialsException.class)
                .isNotInstanceOf(NoCredentialsHereException.class)
                .hasMessageContaining("role assumption is not supported by LowVoltage yet");
        assertThatThrownBy(() -> provider("sso").credentials()).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("IAM Identity Center (SSO) sign-in is not supported by LowVoltage yet");
    }

    @Test
    void aMalformedFileNamesTheLineButNotItsContent() throws IOException {
        write("credentials", "[default]\naws_access_key_id = AKID\nSECRETLINEWITHOUTEQUALS\n");

        assertThatThrownBy(() -> provider(null).credentials()).isInstanceOf(CredentialsException.class)
                .isNotInstanceOf(NoCredentialsHereException.class)
                .hasMessageContaining("line 3")
                .message().doesNotContain("SECRETLINE");
    }

    @Test
    void halfAKeyPairIsAConfigurationError() throws IOException {
        write("credentials", "[default]\naws_access_key_id = AKID\n");
        assertThatThrownBy(() -> provider(null).credentials()).isInstanceOf(CredentialsException.class)
                .isNotInstanceOf(NoCredentialsHereException.class)
                .hasMessageContaining("aws_access_key_id but not aws_secret_access_key");
    }

    @Test
    void theFileIsReadOnce() throws IOException {
        write("credentials", "[default]\naws_access_key_id = FIRST\naws_secret_access_key = S\n");
        ProfileCredentials provider = provider(null);
        provider.credentials();
        write("credentials", "[default]\naws_access_key_id = SECOND\naws_secret_access_key = S\n");

        assertThat(provider.credentials().accessKeyId()).isEqualTo("FIRST");
    }
}
