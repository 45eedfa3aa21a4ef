package io.lowvoltage.credentials;

import io.lowvoltage.exceptions.CredentialsException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;

/**
 * Temporary credentials of the IAM role attached to this EC2 instance, from the instance metadata service.
 *
 * <p>Uses IMDSv2: a session token from {@code PUT /latest/api/token}, then
 * {@code GET /latest/meta-data/iam/security-credentials/} for the role name and {@code GET .../<role>} for its
 * credentials. Falls back to IMDSv1 (no token) when the token call answers 403, 404 or 405. The endpoint is
 * {@code AWS_EC2_METADATA_SERVICE_ENDPOINT}, else {@code http://169.254.169.254}. With
 * {@code AWS_EC2_METADATA_DISABLED=true} this provider finds no credentials and calls nothing.
 *
 * <p>Thread-safe. Credentials are fetched at the first call and refreshed ahead of their expiry, by one thread
 * while the others keep using the current ones.
 */
public final class Ec2RoleCredentials implements CredentialsProvider {
    private static final String DEFAULT_ENDPOINT = "http://169.254.169.254";
    private static final String TOKEN_TTL_SECONDS = "21600";
    private static final String ROLES_PATH = "latest/meta-data/iam/security-credentials/";

    private final Function<String, String> environment;
    private final String defaultEndpoint;
    private final RefreshingCredentials refreshing;

    /** Reads the process environment for the endpoint settings. */
    public Ec2RoleCredentials() {
        this(System::getenv, DEFAULT_ENDPOINT, Clock.systemUTC());
    }

    Ec2RoleCredentials(Function<String, String> environment, String defaultEndpoint, Clock clock) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.defaultEndpoint = Objects.requireNonNull(defaultEndpoint, "defaultEndpoint");
        this.refreshing = new RefreshingCredentials("EC2 instance metadata", this::fetch, clock);
    }

    @Override
    public Credentials credentials() {
        return refreshing.get();
    }

    private RefreshingCredentials.Expiring fetch() {
        if ("true".equalsIgnoreCase(variable("AWS_EC2_METADATA_DISABLED"))) {
            throw new NoCredentialsHereException("EC2 instance metadata is disabled by AWS_EC2_METADATA_DISABLED=true");
        }
        String configured = variable("AWS_EC2_METADATA_SERVICE_ENDPOINT");
        String base = configured != null ? configured : defaultEndpoint;
        URI root;
        try {
            root = URI.create(base.endsWith("/") ? base : base + "/");
        } catch (IllegalArgumentException e) {
            throw new CredentialsException("AWS_EC2_METADATA_SERVICE_ENDPOINT is not a URI: " + base);
        }
        String token;
        try {
            token = sessionToken(root);
        } catch (IOException e) {
            String message = "The EC2 instance metadata service at " + root + " did not answer (" + e + ")";
            if (configured == null) {
                // The usual case off EC2: nothing listens on the link-local address.
                throw new NoCredentialsHereException(message + ": not on EC2", e);
            }
            throw new CredentialsException(message + ". Check AWS_EC2_METADATA_SERVICE_ENDPOINT", e);
        }
        try {
            HttpResponse<byte[]> roles = get(root.resolve(ROLES_PATH), token);
            if (roles.statusCode() == 404) {
                throw new NoCredentialsHereException("This EC2 instance has no IAM role (instance profile)");
            }
            requireOk(roles, "the role name");
            String role = new String(roles.body(), StandardCharsets.UTF_8).strip().lines().findFirst().orElse("").strip();
            if (role.isEmpty()) {
                throw new NoCredentialsHereException("This EC2 instance has no IAM role (instance profile)");
            }
            HttpResponse<byte[]> credentials = get(root.resolve(ROLES_PATH + role), token);
            requireOk(credentials, "the credentials of role " + role);
            return CredentialsHttp.readCredentialsJson(credentials.body(), "EC2 instance metadata for role " + role);
        } catch (IOException e) {
            throw new CredentialsException("The EC2 instance metadata service at " + root + " failed: " + e, e);
        }
    }

    /** @return the IMDSv2 token, or {@code null} to fall back to IMDSv1 */
    private String sessionToken(URI root) throws IOException {
        HttpResponse<byte[]> response = CredentialsHttp.send(CredentialsHttp.request(root.resolve("latest/api/token"),
                        CredentialsHttp.LOCAL_TIMEOUT)
                .header("X-aws-ec2-metadata-token-ttl-seconds", TOKEN_TTL_SECONDS)
                .PUT(HttpRequest.BodyPublishers.noBody()).build(), false);
        int status = response.statusCode();
        if (status == 200) {
            return new String(response.body(), StandardCharsets.UTF_8).strip();
        }
        if (status == 403 || status == 404 || status == 405) {
            return null;
        }
        throw new CredentialsException("The EC2 instance metadata service at " + root + " answered HTTP " + status
                + " to the IMDSv2 token request");
    }

    private static HttpResponse<byte[]> get(URI uri, String token) throws IOException {
        HttpRequest.Builder request = CredentialsHttp.request(uri, CredentialsHttp.LOCAL_TIMEOUT);
        if (token != null) {
            request.header("X-aws-ec2-metadata-token", token);
        }
        return CredentialsHttp.send(request.GET().build(), false);
    }

    private static void requireOk(HttpResponse<byte[]> response, String what) {
        if (response.statusCode() != 200) {
            throw new CredentialsException("The EC2 instance metadata service answered HTTP " + response.statusCode()
                    + " when asked for " + what);
        }
    }

    private String variable(String name) {
        String value = environment.apply(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "Ec2RoleCredentials{" + refreshing + "}";
    }
}
