package io.lowvoltage.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A tiny HTTP/1.1 server on 127.0.0.1 that answers DynamoDB GetItem and PutItem with canned bytes, in one write,
 * keeping connections alive; one thread per connection, so that it adds as little as a server can. A request to
 * {@code /close} is answered with {@code Connection: close} and its connection closed, for the benchmark of new
 * connections.
 */
final class CannedServer implements AutoCloseable {
    private final ServerSocket socket;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "canned-server");
        thread.setDaemon(true);
        return thread;
    });
    private final byte[] getItem;
    private final byte[] putItem;
    private final byte[] getItemClose;
    private final byte[] putItemClose;

    CannedServer() throws IOException {
        getItem = response(Fixtures.getItemResponse(), false);
        putItem = response(Fixtures.putItemResponse(), false);
        getItemClose = response(Fixtures.getItemResponse(), true);
        putItemClose = response(Fixtures.putItemResponse(), true);
        socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        threads.execute(this::accept);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
    }

    private static byte[] response(byte[] body, boolean close) {
        StringBuilder head = new StringBuilder("HTTP/1.1 200 OK\r\n");
        for (Map.Entry<String, String> header : Fixtures.responseHeaders(body).entrySet()) {
            head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        head.append(close ? "Connection: close\r\n" : "Connection: keep-alive\r\n").append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connection.setTcpNoDelay(true);
                threads.execute(() -> serve(connection));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            InputStream in = new BufferedInputStream(connection.getInputStream(), 8192);
            OutputStream out = connection.getOutputStream();
            StringBuilder line = new StringBuilder(128);
            while (true) {
                // Request line
                if (!readLine(in, line)) {
                    return;
                }
                boolean close = line.indexOf(" /close") > 0;
                int length = 0;
                boolean put = false;
                boolean expectContinue = false;
                while (readLine(in, line) && line.length() > 0) {
                    String header = line.toString().toLowerCase(Locale.ROOT);
                    if (header.startsWith("content-length:")) {
                        length = Integer.parseInt(header.substring(15).trim());
                    } else if (header.startsWith("x-amz-target:")) {
                        put = header.endsWith("putitem");
                    } else if (header.startsWith("expect:") && header.contains("100-continue")) {
                        expectContinue = true;
                    } else if (header.startsWith("connection:") && header.contains("close")) {
                        close = true;
                    }
                }
                if (expectContinue) {
                    out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
                in.skipNBytes(length);
                out.write(put ? close ? putItemClose : putItem : close ? getItemClose : getItem);
                out.flush();
                if (close) {
                    return;
                }
            }
        } catch (IOException e) {
            // The client went away
        }
    }

    /** Reads one CRLF-terminated line; false at the end of the stream. */
    private static boolean readLine(InputStream in, StringBuilder line) throws IOException {
        line.setLength(0);
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int last = line.length() - 1;
                if (last >= 0 && line.charAt(last) == '\r') {
                    line.setLength(last);
                }
                return true;
            }
            line.append((char) c);
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        socket.close();
        threads.shutdownNow();
    }
}
