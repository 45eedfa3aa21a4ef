package io.lowvoltage.credentials;

import io.lowvoltage.exceptions.CredentialsException;
import io.lowvoltage.internal.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The HTTP calls and JSON of the credentials providers, on {@code java.net.http} so that the api needs no
 * transport to find credentials. Messages never quote a response body: it may hold a secret.
 */
final class CredentialsHttp {
    /** Metadata services are on the host or the link: they answer at once or not at all. */
    static final Duration LOCAL_TIMEOUT = Duration.ofSeconds(2);
    static final Duration REMOTE_TIMEOUT = Duration.ofSeconds(10);

    private CredentialsHttp() {
    }

    /** Lazy: most applications never need these clients. */
    private static final class Local {
        static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static final class Remote {
        static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * @param request the request, with its timeout
     * @param remote  whether the server is remote (STS) rather than a metadata service on the host or link
     * @return the response, whatever its status
     * @throws IOException when no response arrived
     */
    static HttpResponse<byte[]> send(HttpRequest request, boolean remote) throws IOException {
        try {
            return (remote ? Remote.CLIENT : Local.CLIENT).send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("Interrupted while fetching credentials from " + request.uri());
        }
    }

    static HttpRequest.Builder request(URI uri, Duration timeout) {
        return HttpRequest.newBuilder(uri).timeout(timeout);
    }

    /**
     * Reads {@code {"AccessKeyId", "SecretAccessKey", "Token", "Expiration"}}, the JSON of the container and EC2
     * credentials endpoints.
     *
     * @param body   the response body
     * @param source where it came from, for messages
     * @return the credentials and their expiry
     * @throws CredentialsException when the body is not such JSON
     */
    static RefreshingCredentials.Expiring readCredentialsJson(byte[] body, String source) {
        String accessKeyId = null;
        String secretAccessKey = null;
        String token = null;
        String expiration = null;
        String code = null;
        try (JsonParser parser = Json.parser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new CredentialsException("The credentials from " + source + " are not a JSON object");
            }
            String name;
            while ((name = parser.nextName()) != null) {
                JsonToken token1 = parser.nextToken();
                if (token1.isStructStart()) {
                    parser.skipChildren();
                    continue;
                }
                String value = token1 == JsonToken.VALUE_NULL ? null : parser.getString();
                switch (name) {
                    case "AccessKeyId" -> accessKeyId = value;
                    case "SecretAccessKey" -> secretAccessKey = value;
                    case "Token" -> token = value;
                    case "Expiration" -> expiration = value;
                    case "Code" -> code = value;
                    default -> {
                    }
                }
            }
        } catch (JacksonException e) {
            throw new CredentialsException("The credentials from " + source + " are not valid JSON (at "
                    + e.getLocation().offsetDescription() + ")");
        }
        if (code != null && !code.equals("Success")) {
            throw new CredentialsException(source + " answered with code " + code + " instead of credentials");
        }
        if (blank(accessKeyId) || blank(secretAccessKey)) {
            throw new CredentialsException("The credentials from " + source + " lack "
                    + (blank(accessKeyId) ? "AccessKeyId" : "SecretAccessKey"));
        }
        Credentials credentials = blank(token) ? Credentials.of(accessKeyId, secretAccessKey)
                : Credentials.of(accessKeyId, secretAccessKey, token);
        return new RefreshingCredentials.Expiring(credentials, blank(expiration) ? null : instant(expiration, source));
    }

    static Instant instant(String text, String source) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(text.strip()).toInstant();
            } catch (DateTimeParseException again) {
                throw new CredentialsException("The credentials from " + source + " have an Expiration that is"
                        + " not an ISO-8601 time");
            }
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
