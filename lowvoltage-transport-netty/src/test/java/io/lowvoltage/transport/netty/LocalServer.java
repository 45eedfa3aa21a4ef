package io.lowvoltage.transport.netty;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.BufferedInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fault-injecting HTTP/1.1 server on 127.0.0.1, in the shape of OkHttp's MockWebServer: tests {@link #enqueue}
 * replies or faults, send, then {@link #takeRequest()} what went over the wire. Built on a raw
 * {@link ServerSocket} rather than com.sun.net.httpserver so that it can count TCP connections honestly and
 * break the protocol on purpose. Unqueued requests get {@code 200} with the request body echoed.
 */
final class LocalServer implements Closeable {
    /** What the server does with one request. */
    enum Fault { NONE, CLOSE_MID_RESPONSE, STALL_MID_BODY }

    record Reply(int status, List<Map.Entry<String, String>> headers, byte[] body, long delayMillis, Fault fault) {
        static Reply of(int status, String body, List<Map.Entry<String, String>> headers) {
            return new Reply(status, headers, body.getBytes(StandardCharsets.UTF_8), 0, Fault.NONE);
        }

        static Reply delayed(long delayMillis) {
            return new Reply(200, List.of(), new byte[0], delayMillis, Fault.NONE);
        }

        static Reply fault(Fault fault) {
            return new Reply(200, List.of(), new byte[0], 0, fault);
        }
    }

    record RecordedRequest(String method, String target, List<Map.Entry<String, String>> headers, byte[] body) {
        String header(String name) {
            return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final ServerSocket serverSocket;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "local-server");
        thread.setDaemon(true);
        return thread;
    });
    private final Queue<Socket> sockets = new ConcurrentLinkedQueue<>();
    private final Queue<Reply> replies = new ConcurrentLinkedQueue<>();
    private final BlockingQueue<RecordedRequest> requests = new LinkedBlockingQueue<>();
    private final AtomicInteger connections = new AtomicInteger();

    LocalServer() throws IOException {
        serverSocket = new ServerSocket();
        serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        threads.execute(this::acceptLoop);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + serverSocket.getLocalPort() + path);
    }

    int port() {
        return serverSocket.getLocalPort();
    }

    void enqueue(Reply reply) {
        replies.add(reply);
    }

    /** @return the TCP connections accepted so far */
    int connectionCount() {
        return connections.get();
    }

    RecordedRequest takeRequest() throws InterruptedException {
        RecordedRequest request = requests.poll(5, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("No request reached the server within 5 s");
        }
        return request;
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
        for (Socket socket : sockets) {
            socket.close();
        }
        threads.shutdownNow();
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            try {
                Socket socket = serverSocket.accept();
                connections.incrementAndGet();
                sockets.add(socket);
                threads.execute(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (true) {
                RecordedRequest request = readRequest(in);
                if (request == null) {
                    return;
                }
                requests.add(request);
                Reply reply = replies.poll();
                if (reply == null) {
                    reply = new Reply(200, List.of(), request.body(), 0, Fault.NONE);
                }
                if (!write(reply, out)) {
                    return;
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client went away or the server is closing: either ends this connection
        }
    }

    private static boolean write(Reply reply, OutputStream out) throws IOException, InterruptedException {
        Thread.sleep(reply.delayMillis());
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(reply.status()).append(" Whatever\r\n");
        for (Map.Entry<String, String> header : reply.headers()) {
            head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        int declaredLength = reply.fault() == Fault.NONE ? reply.body().length : 100;
        head.append("Content-Length: ").append(declaredLength).append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(reply.body());
        switch (reply.fault()) {
            case NONE -> {
                out.flush();
                // Like a real server, hang up after a response that said so
                return reply.headers().stream().noneMatch(h -> h.getKey().equalsIgnoreCase("Connection")
                        && h.getValue().equalsIgnoreCase("close"));
            }
            case CLOSE_MID_RESPONSE -> {
                out.write("partial".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return false;
            }
            case STALL_MID_BODY -> {
                out.write("partial".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(10_000);
                return false;
            }
            default -> throw new IllegalStateException(reply.fault().name());
        }
    }

    private static RecordedRequest readRequest(InputStream in) throws IOException {
        String requestLine = readLine(in);
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        int contentLength = 0;
        for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon);
            String value = line.substring(colon + 1).trim();
            headers.add(Map.entry(name, value));
            if (name.toLowerCase(Locale.ROOT).equals("content-length")) {
                contentLength = Integer.parseInt(value);
            }
        }
        byte[] body = in.readNBytes(contentLength);
        if (body.length < contentLength) {
            throw new EOFException("Body cut short");
        }
        return new RecordedRequest(parts[0], parts[1], List.copyOf(headers), body);
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
