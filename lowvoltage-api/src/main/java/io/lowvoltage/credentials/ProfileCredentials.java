package io.lowvoltage.credentials;

import io.lowvoltage.exceptions.CredentialsException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Credentials from a profile of the AWS shared configuration files, as the AWS CLI and SDKs write them:
 * {@code ~/.aws/credentials} ({@code AWS_SHARED_CREDENTIALS_FILE}) and {@code ~/.aws/config}
 * ({@code AWS_CONFIG_FILE}). The profile is the one named at construction, else the {@code aws.profile} system
 * property, else the {@code AWS_PROFILE} environment variable, else {@code default}.
 *
 * <p>Both files may define the profile ({@code [name]} in the credentials file, {@code [profile name]} in the
 * config file); where both set a property, the credentials file wins, as in the AWS SDKs. Static keys are
 * supported: {@code aws_access_key_id}, {@code aws_secret_access_key} and {@code aws_session_token}. A profile
 * that assumes a role ({@code role_arn}), signs in with IAM Identity Center ({@code sso_*}) or runs a
 * {@code credential_process} fails with a message saying so: LowVoltage does not support those yet.
 *
 * <p>Thread-safe. The files are read at the first call and the credentials kept; build a new provider to
 * read them again.
 */
public final class ProfileCredentials implements CredentialsProvider {
    private static final List<String> UNSUPPORTED = List.of("role_arn", "credential_source", "source_profile",
            "sso_start_url", "sso_session", "sso_account_id", "sso_role_name", "credential_process",
            "web_identity_token_file");

    private final String explicitProfile;
    private final Function<String, String> environment;
    private final Function<String, String> properties;
    private volatile Credentials loaded;

    /** Reads the profile named by {@code aws.profile}, {@code AWS_PROFILE}, or {@code default}. */
    public ProfileCredentials() {
        this(null, System::getenv, System::getProperty);
    }

    /** @param profile the profile to read, such as {@code default} or {@code dev} */
    public ProfileCredentials(String profile) {
        this(Objects.requireNonNull(profile, "profile"), System::getenv, System::getProperty);
    }

    ProfileCredentials(String profile, Function<String, String> environment, Function<String, String> properties) {
        this.explicitProfile = profile;
        this.environment = Objects.requireNonNull(environment, "environment");
        this.properties = Objects.requireNonNull(properties, "properties");
    }

    @Override
    public Credentials credentials() {
        Credentials credentials = loaded;
        if (credentials == null) {
            credentials = load();
            loaded = credentials;
        }
        return credentials;
    }

    private Credentials load() {
        String named = explicitProfile != null ? explicitProfile : setting("aws.profile", "AWS_PROFILE");
        String profile = named != null ? named : "default";
        Path credentialsFile = file("AWS_SHARED_CREDENTIALS_FILE", "credentials");
        Path configFile = file("AWS_CONFIG_FILE", "config");
        Map<String, String> fromConfig = ProfileFiles.read(configFile, true).get(profile);
        Map<String, String> fromCredentials = ProfileFiles.read(credentialsFile, false).get(profile);
        if (fromConfig == null && fromCredentials == null) {
            String message = "No profile [" + profile + "] in " + credentialsFile + " or " + configFile;
            if (named != null) {
                // The user asked for this profile: falling back to other credentials would be a surprise.
                throw new CredentialsException(message + ". Check the profile name (AWS_PROFILE, aws.profile), or"
                        + " run `aws configure --profile " + profile + "`");
            }
            throw new NoCredentialsHereException(message + ". Run `aws configure` to create it");
        }
        Map<String, String> merged = new HashMap<>();
        if (fromConfig != null) {
            merged.putAll(fromConfig);
        }
        if (fromCredentials != null) {
            merged.putAll(fromCredentials);
        }
        for (String key : UNSUPPORTED) {
            if (merged.containsKey(key)) {
                throw new CredentialsException("Profile [" + profile + "] sets " + key + ": "
                        + (key.startsWith("sso") ? "IAM Identity Center (SSO) sign-in"
                        : key.equals("credential_process") ? "credential processes"
                        : key.equals("web_identity_token_file") ? "web identity in profiles"
                        : "role assumption") + " is not supported by LowVoltage yet. Use a profile with"
                        + " aws_access_key_id and aws_secret_access_key, export temporary credentials to"
                        + " AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN (for example with"
                        + " `aws configure export-credentials --profile " + profile + " --format env`), or pass a"
                        + " CredentialsProvider to Connection.builder().credentials(...)");
            }
        }
        String accessKeyId = blankToNull(merged.get("aws_access_key_id"));
        String secretAccessKey = blankToNull(merged.get("aws_secret_access_key"));
        if (accessKeyId == null && secretAccessKey == null) {
            throw new NoCredentialsHereException("Profile [" + profile + "] in " + credentialsFile + " or "
                    + configFile + " has no aws_access_key_id and aws_secret_access_key");
        }
        if (accessKeyId == null || secretAccessKey == null) {
            throw new CredentialsException("Profile [" + profile + "] sets "
                    + (accessKeyId == null ? "aws_secret_access_key but not aws_access_key_id"
                    : "aws_access_key_id but not aws_secret_access_key") + ". Set both in " + credentialsFile);
        }
        String sessionToken = blankToNull(merged.get("aws_session_token"));
        return sessionToken == null
                ? Credentials.of(accessKeyId, secretAccessKey)
                : Credentials.of(accessKeyId, secretAccessKey, sessionToken);
    }

    private String setting(String property, String variable) {
        String value = blankToNull(properties.apply(property));
        return value != null ? value : blankToNull(environment.apply(variable));
    }

    private Path file(String variable, String defaultName) {
        String configured = blankToNull(environment.apply(variable));
        if (configured != null) {
            return configured.startsWith("~/") || configured.startsWith("~" + java.io.File.separator)
                    ? home().resolve(configured.substring(2)) : Path.of(configured);
        }
        return home().resolve(".aws").resolve(defaultName);
    }

    private Path home() {
        String home = blankToNull(environment.apply("HOME"));
        if (home == null) {
            home = blankToNull(environment.apply("USERPROFILE"));
        }
        if (home == null) {
            home = properties.apply("user.home");
        }
        return Path.of(home == null ? "" : home);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "ProfileCredentials" + (explicitProfile == null ? "" : "{profile=" + explicitProfile + "}");
    }
}
