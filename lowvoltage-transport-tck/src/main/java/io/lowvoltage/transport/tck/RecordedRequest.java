package io.lowvoltage.transport.tck;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A request as it reached the {@link LocalServer}: an immutable value. */
public final class RecordedRequest {
    private final String method;
    private final String target;
    private final List<Map.Entry<String, String>> headers;
    private final byte[] body;
    private final int connection;
    private final boolean arrivedInOneRead;

    RecordedRequest(String method, String target, List<Map.Entry<String, String>> headers, byte[] body,
            int connection, boolean arrivedInOneRead) {
        this.method = method;
        this.target = target;
        this.headers = List.copyOf(headers);
        this.body = body;
        this.connection = connection;
        this.arrivedInOneRead = arrivedInOneRead;
    }

    RecordedRequest arrived(boolean inOneRead) {
        return new RecordedRequest(method, target, headers, body, connection, inOneRead);
    }

    /** @return the method, such as {@code POST} */
    public String method() {
        return method;
    }

    /** @return the request target as sent: path and query, such as {@code /?a=b} */
    public String target() {
        return target;
    }

    /** @return every header line, in order, names as sent */
    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /**
     * @param name a header name, in any case
     * @return the first value of that header, or {@code null} when absent
     */
    public String header(String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** @return the body bytes, de-chunked if the client chunked them */
    public byte[] body() {
        return body;
    }

    /** @return the body as UTF-8 text */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** @return which TCP connection carried it: 1 for the first one the server accepted, and so on */
    public int connection() {
        return connection;
    }

    /**
     * @return whether the request line, headers and body came out of one read of the socket: a hint that the
     *     client wrote them in one go, as it should with {@code TCP_NODELAY} (a best-effort observation)
     */
    public boolean arrivedInOneRead() {
        return arrivedInOneRead;
    }

    @Override
    public String toString() {
        return method + " " + target + " headers=" + headers + " body=" + body.length + " bytes, connection "
                + connection;
    }
}
