package io.lowvoltage.spi;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP response as a transport received it: status code, headers and body bytes.
 *
 * <p>Immutable and thread-safe. Header names are looked up without regard to case. Any status code,
 * including 4xx and 5xx, is a normal response: only a network failure is an error for a transport.
 */
public final class TransportResponse {
    private final int statusCode;
    private final Map<String, String> headers;
    private final byte[] body;

    private TransportResponse(int statusCode, Map<String, String> headers, byte[] body) {
        this.statusCode = statusCode;
        this.headers = headers;
        this.body = body;
    }

    /**
     * Creates a response.
     *
     * @param statusCode the HTTP status code
     * @param headers    the headers; when one repeats, pass its values joined with {@code ","}
     * @param body       the body bytes, empty for none; not copied, never to be modified afterwards
     * @return the response
     */
    public static TransportResponse of(int statusCode, Map<String, String> headers, byte[] body) {
        Map<String, String> byLowerCaseName = new TreeMap<>();
        headers.forEach((name, value) -> byLowerCaseName.put(name.toLowerCase(Locale.ROOT), value));
        return new TransportResponse(statusCode, Collections.unmodifiableMap(byLowerCaseName), body);
    }

    /** @return the HTTP status code */
    public int statusCode() {
        return statusCode;
    }

    /** @return the headers with lower-case names, unmodifiable */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * @param name a header name, in any case
     * @return the header's value, or {@code null} when absent
     */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** @return the body bytes (shared, not a copy: do not modify them) */
    public byte[] body() {
        return body;
    }

    @Override
    public String toString() {
        return "HTTP " + statusCode + " headers=" + headers.keySet() + " body=" + body.length + " bytes";
    }
}
