package io.lowvoltage.testing;

import io.lowvoltage.spi.Transport;
import io.lowvoltage.spi.TransportProvider;
import io.lowvoltage.spi.TransportRequest;
import io.lowvoltage.spi.TransportResponse;
import io.lowvoltage.spi.TransportSettings;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A test-only transport on {@link HttpClient}, so that this module can test the {@code Connection} it hands out
 * without depending on {@code lowvoltage-transport-jdk}. Its priority is the lowest, so a real transport on the
 * class path wins.
 */
public final class StandInTransportProvider implements TransportProvider {
    @Override
    public String id() {
        return "testing-stand-in";
    }

    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Transport create(TransportSettings settings) {
        HttpClient client = HttpClient.newHttpClient();
        return new Transport() {
            @Override
            public CompletableFuture<TransportResponse> send(TransportRequest request) {
                HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
                        .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
                request.headers().forEach(builder::header);
                return client.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofByteArray())
                        .thenApply(response -> {
                            Map<String, String> headers = new HashMap<>();
                            response.headers().map().forEach((name, values) -> headers.put(name, String.join(",", values)));
                            return TransportResponse.of(response.statusCode(), headers, response.body());
                        });
            }

            @Override
            public void close() {
            }
        };
    }
}
