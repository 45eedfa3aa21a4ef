package io.lowvoltage.compounds.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP proxy on 127.0.0.1 for fault and load tests: forwards each client connection to a new connection to the
 * target, counts the connections open now and at most, and can drop connections.
 *
 * <p>Dropping: with {@link #dropEveryRequests(int)} set, every n-th HTTP request drops its connection (both
 * sides closed), alternately in two ways: <em>lost</em>, where the request is never forwarded (DynamoDB never saw
 * it), and <em>applied</em>, where the request is forwarded whole and its response is cut in the middle
 * (DynamoDB applied it, the client cannot know). The proxy reads requests whole (headers, then
 * {@code Content-Length} bytes) because dynalite crashes on a request cut in its body
 * ({@code req.on('error', function (err) { throw err })} in its {@code index.js}); DynamoDB would not.
 *
 * <p>Two daemon threads per connection, named {@code test-proxy-*}, and one accepting; {@link #close()} stops them.
 */
public final class TcpProxy implements AutoCloseable {
    /** The prefix of the proxy's thread names, for tests that count the other threads. */
    public static final String THREAD_PREFIX = "test-proxy-";
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^content-length:\\s*(\\d+)");

    private final int targetPort;
    private final ServerSocket server;
    private final Thread acceptor;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger maxOpen = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile int dropEveryRequests;
    private volatile boolean closed;

    private TcpProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::accept, THREAD_PREFIX + "accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** @return a started proxy to 127.0.0.1:targetPort */
    public static TcpProxy start(int targetPort) throws IOException {
        return new TcpProxy(targetPort);
    }

    /** Drops the connection of every n-th request, alternately lost and applied; 0 never drops. */
    public TcpProxy dropEveryRequests(int n) {
        this.dropEveryRequests = n;
        return this;
    }

    /** @return the proxy's port on 127.0.0.1 */
    public int port() {
        return server.getLocalPort();
    }

    /** @return the proxy's endpoint, for {@code Connection.Builder.endpoint} */
    public String endpoint() {
        return "http://127.0.0.1:" + port();
    }

    /** @return client connections open now */
    public int openConnections() {
        return open.get();
    }

    /** @return the most client connections that were open at once */
    public int maxOpenConnections() {
        return maxOpen.get();
    }

    /** @return client connections accepted in all */
    public int acceptedConnections() {
        return accepted.get();
    }

    /** @return connections dropped on purpose */
    public int droppedConnections() {
        return dropped.get();
    }

    /** @return requests received from clients, dropped ones included */
    public int requests() {
        return requests.get();
    }

    /** @return bytes forwarded, both directions */
    public long forwardedBytes() {
        return bytes.get();
    }

    private void accept() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return; // closed
            }
            accepted.incrementAndGet();
            Socket upstream = new Socket();
            try {
                upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 5_000);
            } catch (IOException e) {
                closeQuietly(client);
                closeQuietly(upstream);
                continue;
            }
            int now = open.incrementAndGet();
            maxOpen.accumulateAndGet(now, Math::max);
            sockets.add(client);
            sockets.add(upstream);
            Connection connection = new Connection(client, upstream);
            start(connection::forwardRequests, "up");
            start(connection::forwardResponses, "down");
        }
    }

    private static void start(Runnable task, String direction) {
        Thread thread = new Thread(task, THREAD_PREFIX + direction);
        thread.setDaemon(true);
        thread.start();
    }

    /** One proxied connection: its two sockets, closed together once. */
    private final class Connection {
        private final Socket client;
        private final Socket upstream;
        private final AtomicInteger closing = new AtomicInteger();
        private volatile boolean cutResponse;

        Connection(Socket client, Socket upstream) {
            this.client = client;
            this.upstream = upstream;
        }

        /** Forwards whole requests, dropping every n-th before it, or after it with its response cut. */
        void forwardRequests() {
            try (InputStream in = new BufferedInputStream(client.getInputStream());
                    OutputStream out = upstream.getOutputStream()) {
                for (byte[] request = readRequest(in); request != null; request = readRequest(in)) {
                    int n = requests.incrementAndGet();
                    int every = dropEveryRequests;
                    boolean drop = every > 0 && n % every == 0;
                    if (drop && (n / every) % 2 == 1) {
                        dropped.incrementAndGet();
                        break; // lost: never forwarded
                    }
                    if (drop) {
                        cutResponse = true; // applied: forwarded, and its response is cut
                    }
                    bytes.addAndGet(request.length);
                    out.write(request);
                    out.flush();
                }
            } catch (IOException e) {
                // A reset or close from either side: the connection is over.
            } finally {
                close();
            }
        }

        void forwardResponses() {
            byte[] buffer = new byte[8192];
            try (InputStream in = upstream.getInputStream(); OutputStream out = client.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    if (cutResponse) {
                        out.write(buffer, 0, n / 2);
                        out.flush();
                        dropped.incrementAndGet();
                        break;
                    }
                    bytes.addAndGet(n);
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // A reset or close from either side: the connection is over.
            } finally {
                close();
            }
        }

        void close() {
            if (closing.getAndIncrement() == 0) {
                closeQuietly(client);
                closeQuietly(upstream);
                sockets.remove(client);
                sockets.remove(upstream);
                open.decrementAndGet();
            }
        }
    }

    /** @return one whole request (headers and Content-Length bytes of body), or null at the end of the stream */
    private static byte[] readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream(4096);
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            request.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String headers = request.toString(StandardCharsets.ISO_8859_1);
        Matcher length = CONTENT_LENGTH.matcher(headers);
        int bodyLength = length.find() ? Integer.parseInt(length.group(1)) : 0;
        byte[] body = in.readNBytes(bodyLength);
        if (body.length < bodyLength) {
            return null;
        }
        request.write(body);
        return request.toByteArray();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing is best effort in a test proxy.
        }
    }

    /** Stops accepting, closes every connection, and waits for the threads to end. */
    @Override
    public void close() throws InterruptedException {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // Already closed.
        }
        sockets.forEach(TcpProxy::closeQuietly);
        acceptor.join(5_000);
    }
}
