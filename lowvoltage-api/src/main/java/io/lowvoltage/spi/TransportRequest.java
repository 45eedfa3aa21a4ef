package io.lowvoltage.spi;

import io.lowvoltage.internal.spi.TrustedRequests;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP request as a transport sends it: method, URI, headers and body bytes.
 *
 * <p>Immutable and thread-safe. {@code Host} and {@code Content-Length} are never among the headers: a
 * transport derives them from {@link #uri()} and {@link #body()}, and a signer signs {@code host} from the URI.
 * The body array is shared, not copied, so that a request can be signed, sent and retried without copying
 * its bytes: neither a transport nor a signer may modify it.
 */
public final class TransportRequest {
    static {
        // LowVoltage's own hot paths build valid header maps: they need neither the copy nor the checks of of().
        TrustedRequests.register((method, uri, headers, body) ->
                new TransportRequest(method, uri, Collections.unmodifiableMap(headers), body));
    }

    private final String method;
    private final URI uri;
    private final Map<String, String> headers;
    private final byte[] body;

    private TransportRequest(String method, URI uri, Map<String, String> headers, byte[] body) {
        this.method = Objects.requireNonNull(method, "method");
        this.uri = Objects.requireNonNull(uri, "uri");
        this.headers = headers;
        this.body = Objects.requireNonNull(body, "body");
    }

    /**
     * Creates a request.
     *
     * @param method  the HTTP method, such as {@code POST}
     * @param uri     the absolute URI to send it to
     * @param headers the headers, in the order they should be sent; names keep their case
     * @param body    the body bytes, empty for none; not copied, never to be modified afterwards
     * @return the request
     * @throws IllegalArgumentException if a header is {@code Host} or {@code Content-Length}, or has no value
     */
    public static TransportRequest of(String method, URI uri, Map<String, String> headers, byte[] body) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.forEach((name, value) -> {
            if (name.equalsIgnoreCase("Host") || name.equalsIgnoreCase("Content-Length")) {
                throw new IllegalArgumentException("Header " + name + " is derived from the URI and body by the"
                        + " transport: remove it from the request headers");
            }
            if (value == null) {
                throw new IllegalArgumentException("Header " + name + " has a null value: give it a value or"
                        + " leave it out");
            }
        });
        return new TransportRequest(method, uri, Collections.unmodifiableMap(copy), body);
    }

    /** @return the HTTP method, such as {@code POST} */
    public String method() {
        return method;
    }

    /** @return the absolute URI */
    public URI uri() {
        return uri;
    }

    /** @return the headers in sending order, unmodifiable; never {@code Host} nor {@code Content-Length} */
    public Map<String, String> headers() {
        return headers;
    }

    /** @return the body bytes (shared, not a copy: do not modify them) */
    public byte[] body() {
        return body;
    }

    /**
     * Returns a copy of this request with more headers, added after the present ones or replacing those of the
     * same name (compared without case).
     *
     * @param extra the headers to add
     * @return the new request; this one is unchanged
     */
    public TransportRequest withHeaders(Map<String, String> extra) {
        Map<String, String> merged = new LinkedHashMap<>(headers);
        for (Map.Entry<String, String> header : extra.entrySet()) {
            merged.keySet().removeIf(name -> name.equalsIgnoreCase(header.getKey()));
            merged.put(header.getKey(), header.getValue());
        }
        return of(method, uri, merged, body);
    }

    /** @return the request line and header names, never header values (they may hold credentials) */
    @Override
    public String toString() {
        return method + " " + uri + " headers=" + headers.keySet() + " body=" + body.length + " bytes";
    }
}
