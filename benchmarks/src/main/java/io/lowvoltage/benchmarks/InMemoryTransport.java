package io.lowvoltage.benchmarks;

import io.lowvoltage.spi.Transport;
import io.lowvoltage.spi.TransportRequest;
import io.lowvoltage.spi.TransportResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A transport with no network: every request gets the same canned 200 response, built per call as a real
 * transport builds it from what it read. The LowVoltage side of {@link StubSdkHttpClient}.
 */
final class InMemoryTransport implements Transport {
    private final byte[] body;
    private final Map<String, String> headers;

    InMemoryTransport(byte[] body) {
        this.body = body;
        this.headers = Fixtures.responseHeaders(body);
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        return CompletableFuture.completedFuture(sendBlocking(request));
    }

    @Override
    public TransportResponse sendBlocking(TransportRequest request) {
        return TransportResponse.of(200, headers, body);
    }

    @Override
    public void close() {
    }
}
