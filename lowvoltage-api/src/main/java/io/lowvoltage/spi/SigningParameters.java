package io.lowvoltage.spi;

import io.lowvoltage.credentials.Credentials;
import java.time.Instant;
import java.util.Objects;

/**
 * What a {@link Signer} needs besides the request: credentials, region, service name and signing time.
 * Immutable and thread-safe.
 */
public final class SigningParameters {
    private final Credentials credentials;
    private final String region;
    private final String service;
    private final Instant time;

    private SigningParameters(Credentials credentials, String region, String service, Instant time) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.region = Objects.requireNonNull(region, "region");
        this.service = Objects.requireNonNull(service, "service");
        this.time = Objects.requireNonNull(time, "time");
    }

    /**
     * @param credentials the credentials to sign with
     * @param region      the region of the credential scope, such as {@code us-east-1}
     * @param service     the signing name of the service, {@code dynamodb} for DynamoDB and DynamoDB Streams
     * @param time        the signing time
     * @return the parameters
     */
    public static SigningParameters of(Credentials credentials, String region, String service, Instant time) {
        return new SigningParameters(credentials, region, service, time);
    }

    /** @return the credentials to sign with */
    public Credentials credentials() {
        return credentials;
    }

    /** @return the region of the credential scope */
    public String region() {
        return region;
    }

    /** @return the signing name of the service */
    public String service() {
        return service;
    }

    /** @return the signing time */
    public Instant time() {
        return time;
    }

    @Override
    public String toString() {
        return "SigningParameters{credentials=" + credentials + ", region=" + region + ", service=" + service
                + ", time=" + time + "}";
    }
}
