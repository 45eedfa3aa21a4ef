package io.lowvoltage.compounds;

import static org.assertj.core.api.Assertions.assertThat;

import io.lowvoltage.Connection;
import io.lowvoltage.actions.CreateTable;
import io.lowvoltage.actions.GetItem;
import io.lowvoltage.actions.PutItem;
import io.lowvoltage.actions.Query;
import io.lowvoltage.actions.ScalarAttributeType;
import io.lowvoltage.compounds.support.TcpProxy;
import io.lowvoltage.testing.Dynalite;
import io.lowvoltage.testing.DynaliteExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Load: 64 threads share one {@link Connection} to dynalite, through a counting proxy, doing a mix of PutItem,
 * GetItem and Query (partly through {@link Compounds#iterateQuery}) for {@code lowvoltage.loadSeconds} seconds
 * (default 10). No error; no thread left behind once the connection is closed; no more TCP connections than
 * threads, and none left open once the connection is closed; used heap after GC about the same after warm-up and
 * at the end. Run the minute-long version with
 * {@code -Dlowvoltage.loadSeconds=60 -Dit.test=SharedConnectionLoadIT}.
 */
@ExtendWith(DynaliteExtension.class)
class SharedConnectionLoadIT {
    private static final int THREADS = 64;
    private static final String WORKER_PREFIX = "load-worker-";
    /** Threads that may outlive the connection without being a leak: the common pool, the JVM's own. */
    private static final int THREAD_TOLERANCE = 8;
    /** Generous: the live set of the client under this load is a few megabytes. */
    private static final long HEAP_GROWTH_BOUND = 48L << 20;
    private static final int CONNECTION_SLACK = 8;

    @Test
    void sixtyFourThreadsShareOneConnectionWithoutErrorOrLeak(Dynalite dynalite, Connection direct)
            throws Exception {
        long seconds = Long.getLong("lowvoltage.loadSeconds", 10);
        String table = "Load-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        direct.request(new CreateTable(table).hashKey("h", ScalarAttributeType.N).rangeKey("r", ScalarAttributeType.N)
                .provisionedThroughput(1000, 1000));
        Compounds.waitForTableActivation(direct, table, Duration.ofSeconds(30), Duration.ofMillis(50));

        try (TcpProxy proxy = TcpProxy.start(dynalite.port())) {
            int threadsBefore = clientThreads();
            Connection shared = dynalite.connectionBuilder().endpoint(proxy.endpoint()).build();
            LongAdder operations = new LongAdder();
            AtomicReference<Throwable> error = new AtomicReference<>();
            CountDownLatch start = new CountDownLatch(1);
            long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int h = t;
                Thread worker = new Thread(() -> work(shared, table, h, start, deadline, operations, error),
                        WORKER_PREFIX + t);
                workers.add(worker);
                worker.start();
            }
            start.countDown();
            Thread.sleep(Math.min(1_000, seconds * 100));
            long heapAtStart = usedHeapAfterGc();
            for (Thread worker : workers) {
                worker.join(Duration.ofSeconds(seconds + 60).toMillis());
            }
            long heapAtEnd = usedHeapAfterGc();
            int openWithConnection = proxy.openConnections();
            shared.close();
            int threadsAfter = waitForThreadsAtMost(threadsBefore + THREAD_TOLERANCE, Duration.ofSeconds(10));
            int openAfterClose = waitForOpenConnectionsAtMost(proxy, 0, Duration.ofSeconds(10));

            System.out.printf("SharedConnectionLoadIT: %d threads, %d s, %d operations (%.0f/s); TCP connections:"
                            + " %d accepted, at most %d open at once, %d open at the end, %d after close; client"
                            + " threads %d before, %d after close; used heap after GC %.1f MB after warm-up, %.1f MB at the end%n",
                    THREADS, seconds, operations.sum(), operations.sum() / (double) seconds,
                    proxy.acceptedConnections(), proxy.maxOpenConnections(), openWithConnection, openAfterClose,
                    threadsBefore, threadsAfter, heapAtStart / 1048576.0, heapAtEnd / 1048576.0);
            assertThat(error.get()).as("first error of any worker").isNull();
            assertThat(workers).noneMatch(Thread::isAlive);
            assertThat(operations.sum()).isGreaterThan(THREADS);
            assertThat(threadsAfter).as("client threads after close, before: " + threadsBefore)
                    .isLessThanOrEqualTo(threadsBefore + THREAD_TOLERANCE);
            assertThat(proxy.maxOpenConnections()).as("TCP connections open at once: at most one per thread")
                    .isLessThanOrEqualTo(THREADS + CONNECTION_SLACK);
            assertThat(openAfterClose).as("TCP connections left open after the connection was closed").isZero();
            assertThat(heapAtEnd - heapAtStart).as("used heap growth after GC").isLessThan(HEAP_GROWTH_BOUND);
        }
    }

    private static void work(Connection connection, String table, int h, CountDownLatch start, long deadline,
            LongAdder operations, AtomicReference<Throwable> error) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try {
            start.await();
            while (System.nanoTime() < deadline && error.get() == null) {
                int r = random.nextInt(200);
                switch (random.nextInt(4)) {
                    case 0, 1 -> connection.request(new PutItem(table, Map.of("h", h, "r", r, "v", "value " + r)));
                    case 2 -> {
                        var item = connection.request(new GetItem(table, Map.of("h", h, "r", r))).item();
                        if (item != null && item.getInt("r") != r) {
                            throw new AssertionError("GetItem of r=" + r + " returned " + item);
                        }
                    }
                    default -> Compounds.iterateQuery(connection, new Query(table).keyConditionExpression("h = :h")
                            .expressionAttributeValue(":h", h)).pageSize(20).maxItems(60).stream()
                            .forEach(item -> {
                                if (item.getInt("h") != h) {
                                    throw new AssertionError("Query of h=" + h + " returned " + item);
                                }
                            });
                }
                operations.increment();
            }
        } catch (Throwable e) {
            error.compareAndSet(null, e);
        }
    }

    /** Live threads but the proxy's and the workers': the client's, the JVM's and the test framework's. */
    private static int clientThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> !name.startsWith(TcpProxy.THREAD_PREFIX) && !name.startsWith(WORKER_PREFIX))
                .count();
    }

    /** On Java 17 HttpClient's selector thread ends when the client is collected: collect and wait a little. */
    private static int waitForThreadsAtMost(int bound, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        int count = clientThreads();
        while (count > bound && System.nanoTime() < end) {
            System.gc();
            Thread.sleep(200);
            count = clientThreads();
        }
        return count;
    }

    /** On Java 17 the idle pooled connections close when the HttpClient is collected, as JdkTransport says. */
    private static int waitForOpenConnectionsAtMost(TcpProxy proxy, int bound, Duration timeout)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (proxy.openConnections() > bound && System.nanoTime() < end) {
            System.gc();
            Thread.sleep(200);
        }
        return proxy.openConnections();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
