package io.lowvoltage.compounds.support;

import io.lowvoltage.Connection;
import io.lowvoltage.credentials.StaticCredentials;
import io.lowvoltage.retry.RetryPolicies;
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
import java.util.function.Function;

/**
 * An in-memory transport for unit tests, after the api's {@code CannedTransport} (whose test classes other
 * modules cannot see): answers with the responses enqueued, in order, or, when none is, with a handler of the
 * request body; records every request. A handler returns a JSON string (status 200), a
 * {@link TransportResponse}, an {@link IOException} to fail with, or a {@code CompletableFuture} of a response
 * to answer later.
 */
public final class ScriptedTransport implements Transport {
    private final Deque<Object> answers = new ArrayDeque<>();
    private final List<TransportRequest> requests = new ArrayList<>();
    private Function<String, Object> handler;

    /** Enqueues a 200 response with this JSON body. */
    public synchronized ScriptedTransport ok(String json) {
        answers.add(response(200, json));
        return this;
    }

    /** Enqueues a response with this status and JSON body. */
    public synchronized ScriptedTransport respond(int status, String json) {
        answers.add(response(status, json));
        return this;
    }

    /** Answers requests with no enqueued response: from the body, a JSON string, a response or an IOException. */
    public synchronized ScriptedTransport handler(Function<String, Object> handler) {
        this.handler = handler;
        return this;
    }

    /** @return a response with this status and JSON body */
    public static TransportResponse response(int status, String json) {
        return TransportResponse.of(status, Map.of("x-amzn-RequestId", "REQ"), json.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        Object answer;
        Function<String, Object> current;
        synchronized (this) {
            requests.add(request);
            answer = answers.poll();
            current = handler;
        }
        if (answer == null) {
            if (current == null) {
                throw new AssertionError("No response enqueued for " + body(request));
            }
            // Outside the lock: handlers of parallel tests may block.
            answer = current.apply(body(request));
        }
        if (answer instanceof String json) {
            answer = response(200, json);
        }
        if (answer instanceof CompletableFuture<?> later) {
            return later.thenApply(TransportResponse.class::cast);
        }
        return answer instanceof IOException failure
                ? CompletableFuture.failedFuture(failure)
                : CompletableFuture.completedFuture((TransportResponse) answer);
    }

    /** @return every request sent so far, in order */
    public synchronized List<TransportRequest> requests() {
        return List.copyOf(requests);
    }

    /** @return the bodies of every request sent so far, in order */
    public synchronized List<String> bodies() {
        return requests.stream().map(ScriptedTransport::body).toList();
    }

    /** @return the number of requests sent so far */
    public synchronized int count() {
        return requests.size();
    }

    private static String body(TransportRequest request) {
        return new String(request.body(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
    }

    /**
     * @return a connection over this transport that signs with a marker header (no real signature) and never
     *     retries
     */
    public Connection connection() {
        return Connection.builder()
                .region("us-east-1")
                .endpoint("http://127.0.0.1:1")
                .credentials(new StaticCredentials("AKID", "SECRET"))
                .transport(this)
                .signer((request, parameters) -> request.withHeaders(Map.of("Authorization", "test")))
                .retryPolicy(RetryPolicies.FAIL_FAST)
                .build();
    }
}
