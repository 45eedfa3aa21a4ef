package io.lowvoltage.benchmarks;

import io.lowvoltage.ActionCodec;
import io.lowvoltage.Connection;
import io.lowvoltage.actions.GetItem;
import io.lowvoltage.actions.PutItem;
import io.lowvoltage.credentials.StaticCredentials;
import io.lowvoltage.signing.SigV4Signer;
import io.lowvoltage.spi.SigningParameters;
import io.lowvoltage.spi.Transport;
import io.lowvoltage.spi.TransportRequest;
import io.lowvoltage.transport.apache.ApacheTransport;
import io.lowvoltage.transport.jdk.JdkTransport;
import io.lowvoltage.transport.netty.NettyTransport;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.reactor.IOReactorConfig;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Every client of the socket benchmarks, by name: LowVoltage on each transport ({@code lv-*}), the SDK on each
 * of its synchronous HTTP clients ({@code sdk-*}), and floors ({@code floor-*}) that POST the same signed bytes
 * with the bare HTTP library and nothing else.
 */
abstract class Clients implements AutoCloseable {
    static final String ALL = "lv-jdk,lv-apache,lv-netty,sdk-urlconnection,sdk-apache,sdk-apache5,"
            + "floor-socket,floor-jdk,floor-apache5,floor-apache5-classic,floor-urlconnection";

    abstract Object getItem();

    abstract Object putItem();

    @Override
    public abstract void close();

    static Clients create(String name, URI endpoint) {
        return switch (name) {
            case "lv-jdk" -> new LowVoltage(JdkTransport.builder().build(), endpoint);
            case "lv-apache" -> new LowVoltage(ApacheTransport.builder().build(), endpoint);
            case "lv-netty" -> new LowVoltage(NettyTransport.builder().build(), endpoint);
            case "sdk-urlconnection" -> new Sdk(Sdk.client(UrlConnectionHttpClient.create(), endpoint));
            case "sdk-apache" -> new Sdk(Sdk.client(ApacheHttpClient.create(), endpoint));
            case "sdk-apache5" -> new Sdk(Sdk.client(Apache5HttpClient.create(), endpoint));
            case "floor-socket" -> new SocketFloor(endpoint);
            case "floor-jdk" -> new JdkFloor(endpoint);
            case "floor-apache5" -> new Apache5Floor(endpoint);
            case "floor-apache5-classic" -> new Apache5ClassicFloor(endpoint);
            case "floor-urlconnection" -> new UrlConnectionFloor(endpoint);
            default -> throw new IllegalArgumentException("Unknown client " + name + "; one of " + ALL);
        };
    }

    static final class LowVoltage extends Clients {
        private final Transport transport;
        private final Connection connection;
        private final Map<String, Object> item = Fixtures.item();

        LowVoltage(Transport transport, URI endpoint) {
            this.transport = transport;
            this.connection = Connection.builder()
                    .region(Fixtures.REGION)
                    .endpoint(endpoint)
                    .credentials(new StaticCredentials(Fixtures.ACCESS_KEY, Fixtures.SECRET_KEY))
                    .transport(transport)
                    .build();
        }

        @Override
        Object getItem() {
            return connection.request(new GetItem(Fixtures.TABLE, Fixtures.key()));
        }

        @Override
        Object putItem() {
            return connection.request(new PutItem(Fixtures.TABLE, item));
        }

        @Override
        public void close() {
            connection.close();
            transport.close();
        }
    }

    static final class Sdk extends Clients {
        private final DynamoDbClient client;
        private final Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item =
                Fixtures.sdkItem();

        Sdk(DynamoDbClient client) {
            this.client = client;
        }

        static DynamoDbClient client(software.amazon.awssdk.http.SdkHttpClient http, URI endpoint) {
            return io.lowvoltage.benchmarks.Sdk.client(http, endpoint);
        }

        @Override
        Object getItem() {
            return client.getItem(GetItemRequest.builder().tableName(Fixtures.TABLE).key(Fixtures.sdkKey()).build());
        }

        @Override
        Object putItem() {
            return client.putItem(PutItemRequest.builder().tableName(Fixtures.TABLE).item(item).build());
        }

        @Override
        public void close() {
            client.close();
        }
    }

    /** The signed requests the floors send: the very bytes LowVoltage sends. */
    abstract static class Floor extends Clients {
        final URI endpoint;
        final TransportRequest get;
        final TransportRequest put;

        Floor(URI endpoint) {
            this.endpoint = endpoint;
            SigV4Signer signer = SigV4Signer.create();
            SigningParameters parameters =
                    SigningParameters.of(Fixtures.CREDENTIALS, Fixtures.REGION, "dynamodb", Instant.now());
            get = signer.sign(request(Fixtures.GET_ITEM_TARGET,
                    ActionCodec.write(new GetItem(Fixtures.TABLE, Fixtures.key()))), parameters);
            put = signer.sign(request(Fixtures.PUT_ITEM_TARGET,
                    ActionCodec.write(new PutItem(Fixtures.TABLE, Fixtures.item()))), parameters);
        }

        private TransportRequest request(String target, byte[] body) {
            return TransportRequest.of("POST", endpoint,
                    Map.of("Content-Type", Fixtures.CONTENT_TYPE, "X-Amz-Target", target), body);
        }

        @Override
        Object getItem() {
            return send(get);
        }

        @Override
        Object putItem() {
            return send(put);
        }

        abstract byte[] send(TransportRequest request);
    }

    /** A blocking socket per thread, the request in one write, the response read by its Content-Length. */
    static final class SocketFloor extends Floor {
        private final byte[] getBytes;
        private final byte[] putBytes;
        private final List<Socket> sockets = new CopyOnWriteArrayList<>();
        private final ThreadLocal<Open> socket = ThreadLocal.withInitial(this::connect);

        private record Open(Socket socket, InputStream in, OutputStream out) {
        }

        SocketFloor(URI endpoint) {
            super(endpoint);
            getBytes = wire(get);
            putBytes = wire(put);
        }

        private byte[] wire(TransportRequest request) {
            StringBuilder head = new StringBuilder("POST ").append(endpoint.getRawPath()).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(endpoint.getHost()).append(':').append(endpoint.getPort()).append("\r\n");
            request.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("Content-Length: ").append(request.body().length).append("\r\n\r\n");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(request.body());
            return out.toByteArray();
        }

        private Open connect() {
            try {
                Socket s = new Socket(endpoint.getHost(), endpoint.getPort());
                s.setTcpNoDelay(true);
                sockets.add(s);
                return new Open(s, new BufferedInputStream(s.getInputStream(), 8192), s.getOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        byte[] send(TransportRequest request) {
            Open s = socket.get();
            try {
                OutputStream out = s.out();
                out.write(request == get ? getBytes : putBytes);
                out.flush();
                InputStream in = s.in();
                int length = -1;
                StringBuilder line = new StringBuilder();
                boolean close = false;
                while (true) {
                    line.setLength(0);
                    int c;
                    while ((c = in.read()) != '\n') {
                        if (c < 0) {
                            throw new IOException("connection closed");
                        }
                        if (c != '\r') {
                            line.append((char) c);
                        }
                    }
                    if (line.length() == 0) {
                        break;
                    }
                    String header = line.toString();
                    if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                        length = Integer.parseInt(header.substring(15).trim());
                    } else if (header.regionMatches(true, 0, "Connection: close", 0, 17)) {
                        close = true;
                    }
                }
                byte[] body = in.readNBytes(length);
                if (close) {
                    s.socket().close();
                    sockets.remove(s.socket());
                    socket.remove();
                }
                return body;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            for (Socket s : sockets) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing
                }
            }
        }
    }

    static final class JdkFloor extends Floor {
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        JdkFloor(URI endpoint) {
            super(endpoint);
        }

        @Override
        byte[] send(TransportRequest request) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
            request.headers().forEach(builder::header);
            try {
                return client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray()).body();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
        }
    }

    static final class Apache5Floor extends Floor {
        private final CloseableHttpAsyncClient client = HttpAsyncClients.custom()
                .setIOReactorConfig(IOReactorConfig.custom().setTcpNoDelay(true).build())
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnPerRoute(64).setMaxConnTotal(128).build())
                .build();

        Apache5Floor(URI endpoint) {
            super(endpoint);
            client.start();
        }

        @Override
        byte[] send(TransportRequest request) {
            SimpleHttpRequest http = SimpleHttpRequest.create("POST", request.uri());
            request.headers().forEach((name, value) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                    http.addHeader(name, value);
                }
            });
            http.setBody(request.body(), ContentType.create(Fixtures.CONTENT_TYPE));
            try {
                SimpleHttpResponse response = client.execute(http, null).get(10, TimeUnit.SECONDS);
                return response.getBodyBytes();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            client.close(org.apache.hc.core5.io.CloseMode.IMMEDIATE);
        }
    }

    /** The classic (blocking) HttpClient 5, which the SDK's {@code Apache5HttpClient} is built on. */
    static final class Apache5ClassicFloor extends Floor {
        private final CloseableHttpClient client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true).build())
                        .setMaxConnPerRoute(64).setMaxConnTotal(128).build())
                .build();

        Apache5ClassicFloor(URI endpoint) {
            super(endpoint);
        }

        @Override
        byte[] send(TransportRequest request) {
            HttpPost http = new HttpPost(request.uri());
            request.headers().forEach((name, value) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                    http.addHeader(name, value);
                }
            });
            http.setEntity(new ByteArrayEntity(request.body(), ContentType.create(Fixtures.CONTENT_TYPE)));
            try {
                return client.execute(http, response -> EntityUtils.toByteArray(response.getEntity()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            client.close(org.apache.hc.core5.io.CloseMode.IMMEDIATE);
        }
    }

    static final class UrlConnectionFloor extends Floor {
        UrlConnectionFloor(URI endpoint) {
            super(endpoint);
        }

        @Override
        byte[] send(TransportRequest request) {
            try {
                HttpURLConnection connection = (HttpURLConnection) request.uri().toURL().openConnection();
                connection.setRequestMethod("POST");
                connection.setDoOutput(true);
                connection.setFixedLengthStreamingMode(request.body().length);
                request.headers().forEach(connection::setRequestProperty);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(request.body());
                }
                try (InputStream in = connection.getInputStream()) {
                    return in.readAllBytes();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
        }
    }
}
