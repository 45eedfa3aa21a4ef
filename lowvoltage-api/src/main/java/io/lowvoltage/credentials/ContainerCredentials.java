package io.lowvoltage.credentials;

import io.lowvoltage.exceptions.CredentialsException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Temporary credentials from the container credentials endpoint of Amazon ECS, EKS Pod Identity or Greengrass.
 *
 * <p>The endpoint is {@code http://169.254.170.2} plus {@code AWS_CONTAINER_CREDENTIALS_RELATIVE_URI}, or
 * {@code AWS_CONTAINER_CREDENTIALS_FULL_URI}, which must be https, or http to a loopback address or to the ECS
 * ({@code 169.254.170.2}) or EKS ({@code 169.254.170.23}, {@code fd00:ec2::23}) endpoints, as in the AWS SDKs.
 * The {@code Authorization} header is the content of {@code AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE}, read again
 * at every refresh, or else {@code AWS_CONTAINER_AUTHORIZATION_TOKEN}.
 *
 * <p>Thread-safe. Credentials are fetched at the first call and refreshed ahead of their expiry, by one thread
 * while the others keep using the current ones.
 */
public final class ContainerCredentials implements CredentialsProvider {
    private static final String ECS_HOST = "http://169.254.170.2";
    private static final Set<String> ALLOWED_HTTP_HOSTS = Set.of("169.254.170.2", "169.254.170.23", "fd00:ec2::23",
            "[fd00:ec2::23]");

    private final Function<String, String> environment;
    private final String ecsHost;
    private final RefreshingCredentials refreshing;

    /** Reads the process environment. */
    public ContainerCredentials() {
        this(System::getenv, ECS_HOST, Clock.systemUTC());
    }

    ContainerCredentials(Function<String, String> environment, String ecsHost, Clock clock) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.ecsHost = Objects.requireNonNull(ecsHost, "ecsHost");
        this.refreshing = new RefreshingCredentials("the container credentials endpoint", this::fetch, clock);
    }

    @Override
    public Credentials credentials() {
        return refreshing.get();
    }

    private RefreshingCredentials.Expiring fetch() {
        URI endpoint = endpoint();
        HttpRequest.Builder request = CredentialsHttp.request(endpoint, CredentialsHttp.LOCAL_TIMEOUT)
                .header("Accept", "application/json");
        String token = authorizationToken();
        if (token != null) {
            request.header("Authorization", token);
        }
        HttpResponse<byte[]> response;
        try {
            response = CredentialsHttp.send(request.GET().build(), false);
        } catch (IOException | IllegalArgumentException e) {
            throw new CredentialsException("Could not fetch credentials from the container credentials endpoint "
                    + endpoint + ": " + e + ". Check that the task or pod has a role", e);
        }
        if (response.statusCode() != 200) {
            throw new CredentialsException("The container credentials endpoint " + endpoint + " answered HTTP "
                    + response.statusCode() + ". Check the task role, or the pod identity association, and the"
                    + " authorization token");
        }
        return CredentialsHttp.readCredentialsJson(response.body(), "the container credentials endpoint " + endpoint);
    }

    private URI endpoint() {
        String relative = variable("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI");
        if (relative != null) {
            return URI.create(ecsHost + (relative.startsWith("/") ? "" : "/") + relative);
        }
        String full = variable("AWS_CONTAINER_CREDENTIALS_FULL_URI");
        if (full == null) {
            throw new NoCredentialsHereException("Not in a container with a role: neither"
                    + " AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor AWS_CONTAINER_CREDENTIALS_FULL_URI is set");
        }
        URI uri;
        try {
            uri = URI.create(full);
        } catch (IllegalArgumentException e) {
            throw new CredentialsException("AWS_CONTAINER_CREDENTIALS_FULL_URI is not a URI: " + full);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https") && uri.getHost() != null) {
            return uri;
        }
        if (scheme.equals("http") && uri.getHost() != null && allowedHttpHost(uri.getHost())) {
            return uri;
        }
        throw new CredentialsException("AWS_CONTAINER_CREDENTIALS_FULL_URI " + full + " is not allowed: it must be"
                + " https, or http to a loopback address or to 169.254.170.2, 169.254.170.23 or [fd00:ec2::23]");
    }

    private static boolean allowedHttpHost(String host) {
        if (ALLOWED_HTTP_HOSTS.contains(host.toLowerCase(Locale.ROOT))) {
            return true;
        }
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            for (InetAddress address : addresses) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return addresses.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private String authorizationToken() {
        String file = variable("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE");
        String token;
        if (file != null) {
            try {
                token = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
            } catch (IOException | RuntimeException e) {
                throw new CredentialsException("Could not read AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE " + file + ": "
                        + e.getClass().getSimpleName(), e);
            }
        } else {
            token = variable("AWS_CONTAINER_AUTHORIZATION_TOKEN");
        }
        if (token != null && (token.indexOf('\r') >= 0 || token.indexOf('\n') >= 0)) {
            throw new CredentialsException("The container authorization token holds a line break; check "
                    + (file != null ? "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE" : "AWS_CONTAINER_AUTHORIZATION_TOKEN"));
        }
        return token == null || token.isEmpty() ? null : token;
    }

    private String variable(String name) {
        String value = environment.apply(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "ContainerCredentials{" + refreshing + "}";
    }
}
