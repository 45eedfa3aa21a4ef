package io.lowvoltage.transport.tck;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ServerSocketFactory;

/**
 * A fault-injecting HTTP/1.1 server on 127.0.0.1, plain or TLS, in the shape of OkHttp's MockWebServer: tests
 * {@link #enqueue} replies or faults, send, then {@link #takeRequest()} what went over the wire. Requests with
 * nothing enqueued get {@code 200} with the request body echoed.
 *
 * <p>Built on a raw {@link ServerSocket} rather than {@code com.sun.net.httpserver}, so that it can count TCP
 * connections honestly, see how a request arrived, and break the protocol on purpose. Thread-safe; every wait
 * is bounded; {@link #close()} ends every connection and thread.
 */
public final class LocalServer implements Closeable {
    private static final Duration LONGEST_HOLD = Duration.ofSeconds(20);

    private final ServerSocket serverSocket;
    private final String scheme;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "lowvoltage-tck-server");
        thread.setDaemon(true);
        return thread;
    });
    private final Queue<Socket> sockets = new ConcurrentLinkedQueue<>();
    private final Queue<Reply> replies = new ConcurrentLinkedQueue<>();
    private final BlockingQueue<RecordedRequest> requests = new LinkedBlockingQueue<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicReference<CountDownLatch> hold = new AtomicReference<>();

    private LocalServer(ServerSocketFactory factory, String scheme) throws IOException {
        this.scheme = scheme;
        serverSocket = factory.createServerSocket();
        serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        threads.execute(this::acceptLoop);
    }

    /**
     * @return a plain HTTP server on 127.0.0.1 and a free port, accepting connections
     * @throws IOException if no port could be bound
     */
    public static LocalServer start() throws IOException {
        return new LocalServer(ServerSocketFactory.getDefault(), "http");
    }

    /**
     * @param certificate the certificate the server presents; clients trust it with
     *                    {@link TestCertificate#clientContext()}
     * @return an HTTPS server on 127.0.0.1 and a free port, accepting connections
     * @throws IOException if no port could be bound
     */
    public static LocalServer startTls(TestCertificate certificate) throws IOException {
        return new LocalServer(certificate.serverContext().getServerSocketFactory(), "https");
    }

    /**
     * @param pathAndQuery such as {@code /} or {@code /?a=b}
     * @return the absolute URI of that target on this server, with host {@code 127.0.0.1}
     */
    public URI uri(String pathAndQuery) {
        return URI.create(scheme + "://127.0.0.1:" + port() + pathAndQuery);
    }

    /** @return the port this server listens on */
    public int port() {
        return serverSocket.getLocalPort();
    }

    /** @param reply what to answer to the next request that finds nothing else queued */
    public void enqueue(Reply reply) {
        replies.add(Objects.requireNonNull(reply, "reply"));
    }

    /** @return the TCP connections accepted so far */
    public int connectionCount() {
        return connections.get();
    }

    /**
     * Withholds every reply from now on, each request being recorded as it arrives, until
     * {@link #releaseReplies()} (or {@link #close()}, or 20 seconds).
     */
    public void holdReplies() {
        hold.set(new CountDownLatch(1));
    }

    /** Sends the replies withheld since {@link #holdReplies()}, and stops withholding. */
    public void releaseReplies() {
        CountDownLatch latch = hold.getAndSet(null);
        if (latch != null) {
            latch.countDown();
        }
    }

    /**
     * @return the next request that reached the server, waiting at most 5 seconds
     * @throws AssertionError if none arrives in time
     * @throws InterruptedException if interrupted while waiting
     */
    public RecordedRequest takeRequest() throws InterruptedException {
        return takeRequest(Duration.ofSeconds(5));
    }

    /**
     * @param timeout the longest wait
     * @return the next request that reached the server
     * @throws AssertionError if none arrives in time
     * @throws InterruptedException if interrupted while waiting
     */
    public RecordedRequest takeRequest(Duration timeout) throws InterruptedException {
        RecordedRequest request = requests.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (request == null) {
            throw new AssertionError("No request reached the server within " + timeout);
        }
        return request;
    }

    /** Stops listening, ends every connection (withheld replies are dropped) and every thread. Idempotent. */
    @Override
    public void close() throws IOException {
        serverSocket.close();
        releaseReplies();
        for (Socket socket : sockets) {
            socket.close();
        }
        threads.shutdownNow();
    }

    @Override
    public String toString() {
        return "LocalServer{" + uri("/") + ", connections=" + connections.get() + "}";
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            try {
                Socket socket = serverSocket.accept();
                int connection = connections.incrementAndGet();
                sockets.add(socket);
                threads.execute(() -> serve(socket, connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket, int connection) {
        try (socket) {
            CountingInputStream counting = new CountingInputStream(socket.getInputStream());
            InputStream in = new BufferedInputStream(counting);
            OutputStream out = socket.getOutputStream();
            while (true) {
                int readsBefore = counting.reads;
                RecordedRequest request = readRequest(in, connection);
                if (request == null) {
                    return;
                }
                requests.add(request.arrived(counting.reads - readsBefore <= 1));
                CountDownLatch latch = hold.get();
                if (latch != null) {
                    latch.await(LONGEST_HOLD.toMillis(), TimeUnit.MILLISECONDS);
                }
                Reply reply = replies.poll();
                if (reply == null) {
                    reply = Reply.of(200, request.body(), List.of());
                }
                if (!write(reply, socket, out)) {
                    return;
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client went away or the server is closing: either ends this connection
        }
    }

    private static boolean write(Reply reply, Socket socket, OutputStream out)
            throws IOException, InterruptedException {
        Thread.sleep(reply.delayMillis());
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(reply.status()).append(" Whatever\r\n");
        for (Map.Entry<String, String> header : reply.headers()) {
            head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        byte[] body = reply.body();
        if (reply.chunkSize() > 0) {
            head.append("Transfer-Encoding: chunked\r\n\r\n");
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            for (int start = 0; start < body.length; start += reply.chunkSize()) {
                int length = Math.min(reply.chunkSize(), body.length - start);
                out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(body, start, length);
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                // Each chunk in its own segment, so that clients really reassemble them
                out.flush();
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return true;
        }
        int declaredLength = reply.fault() == Fault.NONE ? body.length : body.length + 100;
        head.append("Content-Length: ").append(declaredLength).append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        switch (reply.fault()) {
            case NONE -> {
                out.flush();
                return true;
            }
            case CLOSE_MID_RESPONSE -> {
                out.write("partial".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return false;
            }
            case RESET_MID_RESPONSE -> {
                out.write("partial".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                // Linger 0: closing sends RST instead of FIN
                socket.setSoLinger(true, 0);
                return false;
            }
            case STALL_MID_BODY -> {
                out.write("partial".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(LONGEST_HOLD.toMillis());
                return false;
            }
            default -> throw new IllegalStateException(reply.fault().name());
        }
    }

    private static RecordedRequest readRequest(InputStream in, int connection) throws IOException {
        String requestLine = readLine(in);
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        if (parts.length != 3) {
            throw new IOException("Malformed request line: " + requestLine);
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        int contentLength = 0;
        boolean chunked = false;
        for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon);
            String value = line.substring(colon + 1).trim();
            headers.add(Map.entry(name, value));
            switch (name.toLowerCase(Locale.ROOT)) {
                case "content-length" -> contentLength = Integer.parseInt(value);
                case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                default -> { }
            }
        }
        byte[] body = chunked ? readChunks(in) : readExactly(in, contentLength);
        return new RecordedRequest(parts[0], parts[1], headers, body, connection, false);
    }

    private static byte[] readChunks(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in);
            if (sizeLine == null) {
                throw new EOFException("Chunked body cut short");
            }
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            if (size == 0) {
                for (String trailer = readLine(in); trailer != null && !trailer.isEmpty(); trailer = readLine(in)) {
                    // trailers are not recorded
                }
                return body.toByteArray();
            }
            body.write(readExactly(in, size));
            readLine(in);
        }
    }

    private static byte[] readExactly(InputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException("Body cut short: " + bytes.length + " of " + length + " bytes");
        }
        return bytes;
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

    /** Counts the reads from the socket that returned bytes: one read per request means one write, or close. */
    private static final class CountingInputStream extends FilterInputStream {
        volatile int reads;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = super.read(buffer, offset, length);
            if (count > 0) {
                reads++;
            }
            return count;
        }
    }
}
