package io.lowvoltage;

import io.lowvoltage.credentials.Credentials;
import io.lowvoltage.exceptions.LowVoltageException;
import io.lowvoltage.exceptions.ServiceException;
import io.lowvoltage.internal.Redaction;
import io.lowvoltage.spi.TransportRequest;
import io.lowvoltage.spi.TransportResponse;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What a connection tells its {@link RequestListener}s and its log about each call. One per connection,
 * immutable and thread-safe; each observed call gets a {@link Trace}.
 *
 * <p>The fast path: when there is no listener and {@code io.lowvoltage.Connection} does not log at
 * {@code DEBUG}, {@link #start} returns {@code null} and the connection neither reads the clock nor allocates
 * anything for observation. The log level is read once per call.
 */
final class Events {
    static final System.Logger LOG = System.getLogger("io.lowvoltage.Connection");
    /** The longest body logged at TRACE, in characters; the rest is summarised. */
    private static final int MAX_TRACED_BODY = 64 * 1024;

    private final RequestListener[] listeners;

    Events(List<RequestListener> listeners) {
        this.listeners = listeners.toArray(new RequestListener[0]);
    }

    /** @return the listeners' class names, in order */
    String listenerNames() {
        return java.util.Arrays.stream(listeners).map(listener -> listener.getClass().getName()).toList().toString();
    }

    /** @return whether any listener is registered */
    boolean hasListeners() {
        return listeners.length > 0;
    }

    /**
     * @param action    the action of a new call
     * @param operation its operation
     * @param request   its unsigned request
     * @return the call's trace, or {@code null} when nobody listens and nothing is logged: the fast path
     */
    Trace start(Action<?> action, String operation, TransportRequest request) {
        boolean debug = LOG.isLoggable(Level.DEBUG);
        if (listeners.length == 0 && !debug) {
            return null;
        }
        return new Trace(operation, action.tableName(), request, debug, LOG.isLoggable(Level.TRACE));
    }

    static String errorType(Throwable error) {
        return error instanceof ServiceException service ? service.code() : error.getClass().getSimpleName();
    }

    private void attemptCompleted(AttemptEvent event) {
        for (RequestListener listener : listeners) {
            try {
                listener.attemptCompleted(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "RequestListener " + listener.getClass().getName() + " threw on " + event
                        + "; ignored", e);
            }
        }
    }

    private void callCompleted(CallEvent event) {
        for (RequestListener listener : listeners) {
            try {
                listener.callCompleted(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "RequestListener " + listener.getClass().getName() + " threw on " + event
                        + "; ignored", e);
            }
        }
    }

    /**
     * The measurements of one call, attempt after attempt. Attempts of a call never overlap, and each step
     * happens-before the next (a blocking loop, or a chain of futures), so plain fields suffice.
     */
    final class Trace {
        private final String operation;
        private final String tableName;
        private final TransportRequest request;
        private final boolean debug;
        private final boolean trace;
        private final long start = System.nanoTime();
        private int attempts;
        private long bytesSent;
        private long bytesReceived;
        private long stepStart;
        private long signNanos;
        private long wireNanos;
        private long parseNanos;
        private Credentials credentials;

        private Trace(String operation, String tableName, TransportRequest request, boolean debug, boolean trace) {
            this.operation = operation;
            this.tableName = tableName;
            this.request = request;
            this.debug = debug;
            this.trace = trace;
        }

        /** A new attempt starts: credentials and signing come next. It counts once signed. */
        void signing() {
            signNanos = 0;
            wireNanos = 0;
            parseNanos = 0;
            stepStart = System.nanoTime();
        }

        /** The request is signed and about to go to the transport. */
        void signed(TransportRequest signed, Credentials credentials) {
            long now = System.nanoTime();
            attempts++;
            signNanos = now - stepStart;
            this.credentials = credentials;
            if (trace) {
                StringBuilder text = new StringBuilder(operation).append(" attempt ").append(attempts)
                        .append(" request: ").append(signed.method()).append(' ').append(signed.uri());
                Redaction.headers(signed.headers(), text);
                text.append("\n\n");
                body(signed.body(), text);
                LOG.log(Level.TRACE, Redaction.text(text.toString(), credentials));
            }
            stepStart = System.nanoTime();
        }

        /** @param response the response, or {@code null} after a network failure */
        void received(TransportResponse response) {
            long now = System.nanoTime();
            wireNanos = now - stepStart;
            stepStart = now;
            if (trace && response != null) {
                StringBuilder text = new StringBuilder(operation).append(" attempt ").append(attempts)
                        .append(" response: HTTP ").append(response.statusCode());
                Redaction.headers(response.headers(), text);
                text.append("\n\n");
                body(response.body(), text);
                LOG.log(Level.TRACE, Redaction.text(text.toString(), credentials));
                stepStart = System.nanoTime();
            }
        }

        /** The response was checked and parsed. */
        void parsed() {
            parseNanos = System.nanoTime() - stepStart;
        }

        /**
         * @param response   the attempt's response, or {@code null} after a network failure
         * @param error      the attempt's error, or {@code null} when it succeeded
         * @param retryDelay the wait before the next attempt, or {@code null} when there is none
         */
        void attemptCompleted(TransportResponse response, LowVoltageException error, Duration retryDelay) {
            int status = response == null ? 0 : response.statusCode();
            long received = response == null ? 0 : response.body().length;
            bytesSent += request.body().length;
            bytesReceived += received;
            if (debug) {
                LOG.log(Level.DEBUG, Redaction.text(operation + " attempt " + attempts + ": " + request.method()
                        + " " + request.uri() + " (" + request.body().length + " bytes) -> "
                        + (response == null ? "no response" : "HTTP " + status + " (" + received + " bytes)")
                        + " in " + millis(signNanos + wireNanos + parseNanos)
                        + (error == null ? "" : ", " + errorType(error) + ": " + error.getMessage()
                                + (retryDelay == null ? ", not retried" : "; retrying in " + millis(retryDelay.toNanos()))),
                        credentials));
            }
            if (listeners.length > 0) {
                Events.this.attemptCompleted(new AttemptEvent(operation, tableName, attempts, status, error,
                        retryDelay, request.body().length, received, signNanos, wireNanos, parseNanos));
            }
        }

        /**
         * @param response the call's response, when it succeeded
         * @param error    the call's exception, or {@code null} when it succeeded
         */
        void callCompleted(Object response, Throwable error) {
            long nanos = System.nanoTime() - start;
            if (debug) {
                LOG.log(Level.DEBUG, Redaction.text(operation + (error == null ? " succeeded" : " failed with "
                        + errorType(error)) + " after " + attempts + (attempts == 1 ? " attempt" : " attempts")
                        + " in " + millis(nanos), credentials));
            }
            if (listeners.length > 0) {
                Events.this.callCompleted(new CallEvent(operation, tableName, attempts, error == null ? response : null,
                        error, bytesSent, bytesReceived, nanos));
            }
        }

        private static void body(byte[] body, StringBuilder out) {
            String text = new String(body, StandardCharsets.UTF_8);
            if (text.length() <= MAX_TRACED_BODY) {
                out.append(text);
            } else {
                out.append(text, 0, MAX_TRACED_BODY).append("... (").append(text.length() - MAX_TRACED_BODY)
                        .append(" more characters)");
            }
        }

        private static String millis(long nanos) {
            return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
        }
    }
}
