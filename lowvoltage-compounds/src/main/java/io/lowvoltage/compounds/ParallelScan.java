package io.lowvoltage.compounds;

import io.lowvoltage.Connection;
import io.lowvoltage.Item;
import io.lowvoltage.actions.Scan;
import io.lowvoltage.actions.ScanResponse;
import io.lowvoltage.exceptions.LowVoltageException;
import io.lowvoltage.exceptions.UnknownException;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The items of a table read by several segments at once (a parallel Scan), streamed to one consumer as the
 * pages arrive, in no particular order. Made by {@link Compounds#parallelScan}.
 *
 * <pre>{@code
 * try (ParallelScan scan = Compounds.parallelScan(connection, new Scan("T"), 8)) {
 *     for (Item item : scan) { ... }
 * }
 * try (Stream<Item> items = Compounds.parallelScan(connection, new Scan("T"), 8).stream()) { ... }
 * }</pre>
 *
 * <p><b>Lifecycle.</b> The segments start with the first {@code hasNext()} or {@code next()}, one task per
 * segment on the executor, each paging through its segment. Reading to the end leaves nothing running. Close
 * it (or the stream) to stop early: that cancels every segment, and a task blocked in a request is interrupted.
 * An abandoned, unclosed parallel scan keeps its tasks blocked: always use try-with-resources.
 *
 * <p><b>Memory.</b> Pages wait for the consumer in a queue of {@code totalSegments} pages: a segment that gets
 * ahead of the consumer waits, so at most about {@code 2 × totalSegments} pages (1 MB each at most) are held.
 *
 * <p><b>Failures.</b> The first request that fails, after the connection's retries, cancels the other
 * segments, and its exception is thrown to the consumer by the next {@code hasNext()} or {@code next()}.
 *
 * <p><b>The Scan is the parallel scan's.</b> Actions have no copy method, so all segments share the Scan they
 * were given: each sets its {@code Segment}, {@code TotalSegments} and {@code ExclusiveStartKey} on it and starts
 * its request under a lock, and {@link Connection#requestAsync} writes the action to bytes before it returns.
 * Do not change or send the Scan yourself while the parallel scan runs.
 *
 * <p>Iterated once, by one consumer thread: {@link #iterator()} and {@link #stream()} may be called once.
 */
public final class ParallelScan implements Iterable<Item>, AutoCloseable {
    private static final Object SEGMENT_DONE = new Object();
    private static final long OFFER_POLL_MILLIS = 100;

    private final Connection connection;
    private final Scan scan;
    private final int totalSegments;
    private final Executor executor;
    private final BlockingQueue<Object> queue;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final Thread[] workers;
    private volatile boolean closed;
    private boolean started;
    private boolean claimed;

    ParallelScan(Connection connection, Scan scan, int totalSegments, Executor executor) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.scan = Objects.requireNonNull(scan, "scan");
        this.executor = Objects.requireNonNull(executor, "executor");
        if (totalSegments < 1 || totalSegments > 1_000_000) {
            throw new IllegalArgumentException("totalSegments must be from 1 to 1000000, got " + totalSegments);
        }
        this.totalSegments = totalSegments;
        this.queue = new ArrayBlockingQueue<>(totalSegments);
        this.workers = new Thread[totalSegments];
    }

    /** One thread per segment, daemon, ending with its segment: the default executor. */
    static Executor threadPerSegment() {
        return task -> {
            Thread thread = new Thread(task, "lowvoltage-parallel-scan");
            thread.setDaemon(true);
            thread.start();
        };
    }

    /**
     * @return the items of every segment, as they arrive
     * @throws IllegalStateException on a second call
     */
    @Override
    public Iterator<Item> iterator() {
        if (claimed) {
            throw new IllegalStateException("This parallel scan was already iterated: it is single-pass."
                    + " Call Compounds.parallelScan again for a new one");
        }
        claimed = true;
        return new Items();
    }

    /** @return the items as a sequential stream; closing it closes this parallel scan */
    public Stream<Item> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.NONNULL), false)
                .onClose(this::close);
    }

    /** Cancels every segment still running. Idempotent; safe from any thread. */
    @Override
    public void close() {
        closed = true;
        synchronized (workers) {
            for (Thread worker : workers) {
                if (worker != null) {
                    worker.interrupt();
                }
            }
        }
        queue.clear();
    }

    private void start() {
        started = true;
        for (int segment = 0; segment < totalSegments; segment++) {
            int s = segment;
            executor.execute(() -> runSegment(s));
        }
    }

    private void runSegment(int segment) {
        synchronized (workers) {
            if (closed) {
                return;
            }
            workers[segment] = Thread.currentThread();
        }
        try {
            Map<String, Object> start = null;
            do {
                CompletableFuture<ScanResponse> request;
                synchronized (scan) {
                    scan.segment(segment, totalSegments).exclusiveStartKey(start);
                    request = connection.requestAsync(scan);
                }
                ScanResponse page = await(request);
                if (!put(page)) {
                    return;
                }
                start = page.hasMorePages() ? page.lastEvaluatedKey() : null;
            } while (start != null && !closed);
            put(SEGMENT_DONE);
        } catch (InterruptedException e) {
            // close() asked every segment to stop.
        } catch (RuntimeException e) {
            if (!closed && failure.compareAndSet(null, e)) {
                close();
            }
        } finally {
            synchronized (workers) {
                workers[segment] = null;
                // The executor's thread may run other tasks: don't leave them our interrupt.
                Thread.interrupted();
            }
        }
    }

    private static ScanResponse await(CompletableFuture<ScanResponse> request) throws InterruptedException {
        try {
            return request.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new UnknownException("A Scan segment failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            request.cancel(true);
            throw e;
        }
    }

    /** @return false when closed while waiting for room */
    private boolean put(Object message) throws InterruptedException {
        while (!closed) {
            if (queue.offer(message, OFFER_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                return true;
            }
        }
        return false;
    }

    /** The consumer's side: takes pages off the queue. */
    private final class Items implements Iterator<Item> {
        private Iterator<Item> current = Collections.emptyIterator();
        private int segmentsDone;

        @Override
        public boolean hasNext() {
            if (!started) {
                start();
            }
            while (true) {
                throwFailure();
                if (current.hasNext()) {
                    return true;
                }
                if (segmentsDone == totalSegments) {
                    return false;
                }
                if (closed) {
                    throw new IllegalStateException("This parallel scan was closed");
                }
                Object message;
                try {
                    message = queue.poll(OFFER_POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    close();
                    throw Backoff.interrupted("waiting for the pages of a parallel scan");
                }
                if (message == SEGMENT_DONE) {
                    segmentsDone++;
                } else if (message != null) {
                    current = ((ScanResponse) message).items().iterator();
                }
            }
        }

        private void throwFailure() {
            RuntimeException e = failure.get();
            if (e != null) {
                close();
                throw e instanceof LowVoltageException ? e : new UnknownException("A Scan segment failed: " + e, e);
            }
        }

        @Override
        public Item next() {
            if (!hasNext()) {
                throw new NoSuchElementException("No more items");
            }
            return current.next();
        }
    }
}
