package io.lowvoltage.transport.tck;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the {@link LocalServer} answers to one request: an immutable value made by the static factories.
 *
 * <p>The server adds {@code Content-Length}, or {@code Transfer-Encoding: chunked} for {@link #chunked}.
 */
public final class Reply {
    private final int status;
    private final List<Map.Entry<String, String>> headers;
    private final byte[] body;
    private final long delayMillis;
    private final Fault fault;
    private final int chunkSize;

    private Reply(int status, List<Map.Entry<String, String>> headers, byte[] body, long delayMillis, Fault fault,
            int chunkSize) {
        this.status = status;
        this.headers = List.copyOf(headers);
        this.body = Objects.requireNonNull(body, "body");
        this.delayMillis = delayMillis;
        this.fault = Objects.requireNonNull(fault, "fault");
        this.chunkSize = chunkSize;
    }

    /**
     * @param status  the status code
     * @param body    the body, sent with its {@code Content-Length}
     * @param headers the headers, in order; a name may repeat
     * @return the reply
     */
    public static Reply of(int status, byte[] body, List<Map.Entry<String, String>> headers) {
        return new Reply(status, headers, body, 0, Fault.NONE, 0);
    }

    /**
     * @param status  the status code
     * @param body    the body, sent in UTF-8 with its {@code Content-Length}
     * @param headers the headers, in order; a name may repeat
     * @return the reply
     */
    public static Reply of(int status, String body, List<Map.Entry<String, String>> headers) {
        return of(status, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /**
     * @param status    the status code
     * @param body      the body, sent with {@code Transfer-Encoding: chunked}
     * @param chunkSize the size of every chunk but the last; positive
     * @return the reply
     */
    public static Reply chunked(int status, byte[] body, int chunkSize) {
        if (chunkSize <= 0) {
            throw new IllegalArgumentException("chunkSize must be positive, got " + chunkSize);
        }
        return new Reply(status, List.of(), body, 0, Fault.NONE, chunkSize);
    }

    /**
     * @param delayMillis how long to wait before sending anything
     * @return an empty {@code 200} reply, sent late
     */
    public static Reply delayed(long delayMillis) {
        return new Reply(200, List.of(), new byte[0], delayMillis, Fault.NONE, 0);
    }

    /**
     * @param fault how to break the reply
     * @return a {@code 200} reply broken that way
     */
    public static Reply fault(Fault fault) {
        return new Reply(200, List.of(), new byte[0], 0, fault, 0);
    }

    /** @return the status code */
    public int status() {
        return status;
    }

    /** @return the headers, in order */
    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /** @return the body (shared, not a copy) */
    public byte[] body() {
        return body;
    }

    /** @return how long the server waits before answering */
    public long delayMillis() {
        return delayMillis;
    }

    /** @return how the reply is broken, {@link Fault#NONE} for not at all */
    public Fault fault() {
        return fault;
    }

    /** @return the chunk size, or 0 when the body is sent with its {@code Content-Length} */
    public int chunkSize() {
        return chunkSize;
    }

    @Override
    public String toString() {
        return "Reply{" + status + ", headers=" + headers + ", body=" + body.length + " bytes, delay=" + delayMillis
                + " ms, fault=" + fault + (chunkSize > 0 ? ", chunked by " + chunkSize : "") + "}";
    }
}
