package io.lowvoltage.spi;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Sends HTTP requests and receives their responses as bytes: the pluggable HTTP stack of a
 * {@code Connection}.
 *
 * <p>Implementations MUST be thread-safe, MUST keep connections alive and pooled, and MUST honour the
 * {@link TransportSettings} they were created with. They carry bytes and nothing else: retries, signing,
 * error mapping and JSON belong to the api, never to a transport.
 */
public interface Transport extends AutoCloseable {
    /**
     * Sends one request.
     *
     * @param request the request; safe to replay, and its body MUST NOT be modified
     * @return a future completed with the response, whatever its status code (4xx and 5xx are normal
     *     results), or completed exceptionally with an {@link IOException} on a network failure or timeout; any
     *     other exception means a bug and is never retried. The future MAY complete on any thread, but SHOULD
     *     NOT run callers' callbacks on the transport's I/O threads
     */
    CompletableFuture<TransportResponse> send(TransportRequest request);

    /**
     * Sends one request and waits for its response: the simple path.
     *
     * @param request the request; safe to replay
     * @return the response, whatever its status code
     * @throws IOException on a network failure or timeout; also when interrupted, with the interrupt flag set
     */
    default TransportResponse sendBlocking(TransportRequest request) throws IOException {
        try {
            return send(request).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("Interrupted while waiting for " + request);
        } catch (ExecutionException e) {
            throw asIOException(e.getCause());
        } catch (CompletionException e) {
            throw asIOException(e.getCause());
        }
    }

    /**
     * Releases pooled connections and threads. Idempotent. Requests in flight SHOULD be allowed to complete;
     * requests sent afterwards fail with an {@link IOException}.
     */
    @Override
    void close();

    private static IOException asIOException(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }
}
