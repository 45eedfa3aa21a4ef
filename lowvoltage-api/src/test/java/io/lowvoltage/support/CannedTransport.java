package io.lowvoltage.support;

import io.lowvoltage.spi.Transport;
import io.lowvoltage.spi.TransportRequest;
import io.lowvoltage.spi.TransportResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * An in-memory transport for unit tests: answers with the responses or failures enqueued, in order, and
 * records every request it was sent, so that tests can assert the exact bytes.
 */
public final class CannedTransport implements Transport {
    private final Deque<Object> answers = new ArrayDeque<>();
    private final List<TransportRequest> requests = new ArrayList<>();
    private boolean closed;

    /** Enqueues a 200 response with this JSON body. */
    public CannedTransport ok(String json) {
        return respond(200, json);
    }

    /** Enqueues a response with this status and JSON body. */
    public synchronized CannedTransport respond(int status, String json) {
        answers.add(TransportResponse.of(status, Map.of("x-amzn-RequestId", "REQ" + answers.size()),
                json.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    /** Enqueues a response. */
    public synchronized CannedTransport respond(TransportResponse response) {
        answers.add(response);
        return this;
    }

    /** Enqueues a network failure. */
    public synchronized CannedTransport fail(IOException failure) {
        answers.add(failure);
        return this;
    }

    @Override
    public synchronized CompletableFuture<TransportResponse> send(TransportRequest request) {
        requests.add(request);
        Object answer = answers.poll();
        if (answer == null) {
            throw new AssertionError("No response enqueued for " + request);
        }
        return answer instanceof IOException failure
                ? CompletableFuture.failedFuture(failure)
                : CompletableFuture.completedFuture((TransportResponse) answer);
    }

    /** @return every request sent so far, in order */
    public synchronized List<TransportRequest> requests() {
        return List.copyOf(requests);
    }

    /** @return the body of the last request sent, as text */
    public synchronized String lastBody() {
        return new String(requests.get(requests.size() - 1).body(), StandardCharsets.UTF_8);
    }

    /** @return the last request sent */
    public synchronized TransportRequest lastRequest() {
        return requests.get(requests.size() - 1);
    }

    /** @return whether close() was called */
    public synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
