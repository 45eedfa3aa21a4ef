package io.lowvoltage.credentials;

import java.util.Objects;

/** Always the same credentials, given up front. Immutable and thread-safe. */
public final class StaticCredentials implements CredentialsProvider {
    private final Credentials credentials;

    /** @param credentials the credentials to supply */
    public StaticCredentials(Credentials credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    /**
     * @param accessKeyId     the access key id
     * @param secretAccessKey the secret access key
     */
    public StaticCredentials(String accessKeyId, String secretAccessKey) {
        this(Credentials.of(accessKeyId, secretAccessKey));
    }

    /**
     * @param accessKeyId     the access key id
     * @param secretAccessKey the secret access key
     * @param sessionToken    the session token of temporary credentials
     */
    public StaticCredentials(String accessKeyId, String secretAccessKey, String sessionToken) {
        this(Credentials.of(accessKeyId, secretAccessKey, sessionToken));
    }

    @Override
    public Credentials credentials() {
        return credentials;
    }

    @Override
    public String toString() {
        return "StaticCredentials{" + credentials + "}";
    }
}
