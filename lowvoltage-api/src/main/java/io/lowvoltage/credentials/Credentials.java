package io.lowvoltage.credentials;

import java.util.Objects;
import java.util.Optional;

/**
 * An AWS access key, its secret, and the session token of temporary credentials.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows the access key id only: the secret and the token
 * never appear in a string, a message or a log.
 */
public final class Credentials {
    private final String accessKeyId;
    private final String secretAccessKey;
    private final String sessionToken;

    private Credentials(String accessKeyId, String secretAccessKey, String sessionToken) {
        this.accessKeyId = requireText(accessKeyId, "accessKeyId");
        this.secretAccessKey = requireText(secretAccessKey, "secretAccessKey");
        this.sessionToken = sessionToken;
    }

    /**
     * @param accessKeyId     the access key id, such as {@code AKIDEXAMPLE}
     * @param secretAccessKey the secret access key
     * @return long-term credentials, without a session token
     */
    public static Credentials of(String accessKeyId, String secretAccessKey) {
        return new Credentials(accessKeyId, secretAccessKey, null);
    }

    /**
     * @param accessKeyId     the access key id
     * @param secretAccessKey the secret access key
     * @param sessionToken    the session token of temporary credentials
     * @return temporary credentials
     */
    public static Credentials of(String accessKeyId, String secretAccessKey, String sessionToken) {
        return new Credentials(accessKeyId, secretAccessKey, requireText(sessionToken, "sessionToken"));
    }

    /** @return the access key id */
    public String accessKeyId() {
        return accessKeyId;
    }

    /** @return the secret access key */
    public String secretAccessKey() {
        return secretAccessKey;
    }

    /** @return the session token, present for temporary credentials only */
    public Optional<String> sessionToken() {
        return Optional.ofNullable(sessionToken);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Credentials that
                && accessKeyId.equals(that.accessKeyId)
                && secretAccessKey.equals(that.secretAccessKey)
                && Objects.equals(sessionToken, that.sessionToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessKeyId, secretAccessKey, sessionToken);
    }

    @Override
    public String toString() {
        return "Credentials{accessKeyId=" + accessKeyId + (sessionToken == null ? "" : ", temporary") + "}";
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must be a non-blank string");
        }
        return value;
    }
}
