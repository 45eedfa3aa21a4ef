package io.lowvoltage.it.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;

/**
 * A fault-injecting HTTP/1.1 server on 127.0.0.1 for tests, in the shape of OkHttp's MockWebServer: tests
 * {@link #enqueue} canned responses or faults, one per connection in order, make the call, then
 * {@link #takeRequest()} to assert what went over the wire. Built on a raw {@link ServerSocket} rather than a
 * library so that it can break a connection at any byte: before the request is read, in the middle of it, or in
 * the middle of the response. Every connection is closed after one exchange, so each attempt of a client is
 * one connection and {@link #connections()} counts attempts.
 */
public final class FaultServer implements AutoCloseable {
    /** A request as it arrived. */
    public record RecordedRequest(String requestLine, Map<String, String> headers, byte[] body) {
        /** @return the body as UTF-8 text */
        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** What to do with one connection. */
    public sealed interface Fault {
    }

    /** Answer with this status, headers and body (a {@code Content-Length} is added). */
    public record Respond(int status, Map<String, String> headers, byte[] body, Duration delay) implements Fault {
    }

    /** Accept, then reset the connection (RST) before reading anything. */
    public record ResetOnConnect() implements Fault {
    }

    /** Read the first bytes of the request, then reset the connection. */
    public record ResetMidRequest() implements Fault {
    }

    /** Read the request, send the headers and half the body, then reset the connection. */
    public record ResetMidResponse(int status, byte[] body) implements Fault {
    }

    /** Read the request, announce the whole body, send part of it, then close normally (FIN). */
    public record TruncatedBody(int status, byte[] body) implements Fault {
    }

    /** Read the request, then say nothing until the client gives up or the server closes. */
    public record Silence() implements Fault {
    }

    private final ServerSocket serverSocket;
    private final Thread acceptor;
    private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final BlockingQueue<RecordedRequest> requests = new LinkedBlockingQueue<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<Thread> handlers = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean closed;

    public FaultServer() throws IOException {
        serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptLoop, "fault-server-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** @return the base URI, {@code http://127.0.0.1:<port>} */
    public String url() {
        return "http://127.0.0.1:" + serverSocket.getLocalPort();
    }

    public FaultServer enqueue(Fault fault) {
        faults.add(fault);
        return this;
    }

    /** Enqueues a DynamoDB JSON answer with a correct {@code x-amz-crc32}. */
    public FaultServer respond(int status, String json) {
        return respond(status, json, Map.of());
    }

    public FaultServer respond(int status, String json, Map<String, String> extraHeaders) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-amz-json-1.0");
        headers.put("x-amzn-RequestId", "REQ" + connections.get());
        headers.put("x-amz-crc32", Long.toString(crc32(body)));
        headers.putAll(extraHeaders);
        return enqueue(new Respond(status, headers, body, Duration.ZERO));
    }

    /** Enqueues the same answer {@code times} times. */
    public FaultServer respondTimes(int times, int status, String json) {
        for (int i = 0; i < times; i++) {
            respond(status, json);
        }
        return this;
    }

    public static long crc32(byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return crc.getValue();
    }

    /** @return the next request received, waiting up to 5 seconds, or {@code null} */
    public RecordedRequest takeRequest() throws InterruptedException {
        return requests.poll(5, TimeUnit.SECONDS);
    }

    /** @return the requests fully received so far */
    public int requestCount() {
        return requests.size();
    }

    /** @return the connections accepted so far: one per attempt of the client */
    public int connections() {
        return connections.get();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                return;
            }
            connections.incrementAndGet();
            sockets.add(socket);
            Fault fault = faults.poll();
            Thread handler = new Thread(() -> handle(socket, fault), "fault-server-connection");
            handler.setDaemon(true);
            handlers.add(handler);
            handler.start();
        }
    }

    private void handle(Socket socket, Fault fault) {
        try (socket) {
            socket.setSoTimeout(10_000);
            if (fault == null) {
                fault = new Respond(500, Map.of(), "no response enqueued".getBytes(StandardCharsets.UTF_8), Duration.ZERO);
            }
            if (fault instanceof ResetOnConnect) {
                reset(socket);
                return;
            }
            InputStream in = socket.getInputStream();
            if (fault instanceof ResetMidRequest) {
                in.readNBytes(10);
                reset(socket);
                return;
            }
            requests.add(readRequest(in));
            OutputStream out = socket.getOutputStream();
            if (fault instanceof Respond respond) {
                if (!respond.delay().isZero()) {
                    Thread.sleep(respond.delay().toMillis());
                }
                writeHead(out, respond.status(), respond.headers(), respond.body().length);
                out.write(respond.body());
                out.flush();
            } else if (fault instanceof ResetMidResponse half) {
                writeHead(out, half.status(), Map.of("Content-Type", "application/x-amz-json-1.0"), half.body().length);
                out.write(half.body(), 0, half.body().length / 2);
                out.flush();
                Thread.sleep(50);
                reset(socket);
            } else if (fault instanceof TruncatedBody truncated) {
                writeHead(out, truncated.status(), Map.of("Content-Type", "application/x-amz-json-1.0"),
                        truncated.body().length);
                out.write(truncated.body(), 0, truncated.body().length / 2);
                out.flush();
                socket.shutdownOutput();
                // Keep the socket open until the client, seeing the early end, goes away.
                while (!closed && in.read() >= 0) {
                    Thread.onSpinWait();
                }
            } else if (fault instanceof Silence) {
                // Wait for the client to give up (it closes: read returns -1) or for close().
                while (!closed && in.read() >= 0) {
                    Thread.onSpinWait();
                }
            }
        } catch (IOException | InterruptedException e) {
            // The client went away, or the server is closing: nothing to report.
        }
    }

    private static void reset(Socket socket) throws SocketException {
        socket.setSoLinger(true, 0);
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already gone.
        }
    }

    private static RecordedRequest readRequest(InputStream in) throws IOException {
        String requestLine = readLine(in);
        Map<String, String> headers = new LinkedHashMap<>();
        String line;
        while (!(line = readLine(in)).isEmpty()) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        return new RecordedRequest(requestLine, headers, in.readNBytes(length));
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        if (b < 0 && line.size() == 0) {
            throw new IOException("connection closed before the request");
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static void writeHead(OutputStream out, int status, Map<String, String> headers, int length)
            throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(length).append("\r\n");
        head.append("Connection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }

    /** @return the handler threads still running; empty once every exchange ended */
    public List<Thread> liveHandlers() {
        List<Thread> live = new ArrayList<>();
        for (Thread handler : handlers) {
            if (handler.isAlive()) {
                live.add(handler);
            }
        }
        return live;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        serverSocket.close();
        for (Socket socket : sockets) {
            socket.close();
        }
        try {
            acceptor.join(2_000);
            for (Thread handler : handlers) {
                handler.join(2_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
