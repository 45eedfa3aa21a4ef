package io.lowvoltage.credentials;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Credentials from the environment variables {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY} and, for
 * temporary credentials, {@code AWS_SESSION_TOKEN} (or the older {@code AWS_SECURITY_TOKEN}).
 *
 * <p>Thread-safe. The variables are read on every call, so a process that changes them is followed.
 */
public final class EnvironmentCredentials implements CredentialsProvider {
    private final Function<String, String> environment;

    /** Reads the process environment. */
    public EnvironmentCredentials() {
        this(System::getenv);
    }

    /**
     * Reads the given variables instead of the process environment: for tests, or for a map you loaded.
     *
     * @param environment the variables
     */
    public EnvironmentCredentials(Map<String, String> environment) {
        this(Map.copyOf(environment)::get);
    }

    EnvironmentCredentials(Function<String, String> environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public Credentials credentials() {
        String accessKeyId = variable("AWS_ACCESS_KEY_ID");
        String secretAccessKey = variable("AWS_SECRET_ACCESS_KEY");
        if (accessKeyId == null || secretAccessKey == null) {
            throw new NoCredentialsHereException("No credentials in the environment: "
                    + (accessKeyId == null ? "AWS_ACCESS_KEY_ID" : "AWS_SECRET_ACCESS_KEY")
                    + " is not set. Set both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or pass another"
                    + " CredentialsProvider to Connection.builder().credentials(...)");
        }
        String sessionToken = variable("AWS_SESSION_TOKEN");
        if (sessionToken == null) {
            sessionToken = variable("AWS_SECURITY_TOKEN");
        }
        return sessionToken == null
                ? Credentials.of(accessKeyId, secretAccessKey)
                : Credentials.of(accessKeyId, secretAccessKey, sessionToken);
    }

    private String variable(String name) {
        String value = environment.apply(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String toString() {
        return "EnvironmentCredentials";
    }
}
