package io.lowvoltage.credentials;

import java.util.Objects;
import java.util.function.Function;

/**
 * Credentials from the Java system properties {@code aws.accessKeyId}, {@code aws.secretAccessKey} (or the older
 * {@code aws.secretKey}) and, for temporary credentials, {@code aws.sessionToken}: the names the AWS SDK for Java
 * reads.
 *
 * <p>Thread-safe. The properties are read on every call, so a change is followed.
 */
public final class SystemPropertiesCredentials implements CredentialsProvider {
    private final Function<String, String> properties;

    /** Reads {@link System#getProperty(String)}. */
    public SystemPropertiesCredentials() {
        this(System::getProperty);
    }

    SystemPropertiesCredentials(Function<String, String> properties) {
        this.properties = Objects.requireNonNull(properties, "properties");
    }

    @Override
    public Credentials credentials() {
        String accessKeyId = property("aws.accessKeyId");
        String secretAccessKey = property("aws.secretAccessKey");
        if (secretAccessKey == null) {
            secretAccessKey = property("aws.secretKey");
        }
        if (accessKeyId == null || secretAccessKey == null) {
            throw new NoCredentialsHereException("No credentials in the system properties: "
                    + (accessKeyId == null ? "aws.accessKeyId" : "aws.secretAccessKey") + " is not set. Set both"
                    + " -Daws.accessKeyId and -Daws.secretAccessKey, or pass another CredentialsProvider to"
                    + " Connection.builder().credentials(...)");
        }
        String sessionToken = property("aws.sessionToken");
        return sessionToken == null
                ? Credentials.of(accessKeyId, secretAccessKey)
                : Credentials.of(accessKeyId, secretAccessKey, sessionToken);
    }

    private String property(String name) {
        String value = properties.apply(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String toString() {
        return "SystemPropertiesCredentials";
    }
}
