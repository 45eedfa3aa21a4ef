package io.lowvoltage.credentials;

/**
 * Supplies the credentials to sign a request with.
 *
 * <p>A {@code Connection} calls {@link #credentials()} for every request, so a provider that rotates or
 * refreshes credentials is honoured without rebuilding the connection. Implementations MUST be thread-safe
 * and SHOULD be fast: cache, don't fetch, on every call.
 */
@FunctionalInterface
public interface CredentialsProvider {
    /**
     * @return the credentials to use now
     * @throws io.lowvoltage.exceptions.CredentialsException when none can be found, saying where it looked
     */
    Credentials credentials();
}
