package io.lowvoltage.transport.apache;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The shared threads of the transport beside HttpClient's: daemons, so that they never keep the JVM alive. */
final class DaemonThreads {
    private DaemonThreads() {
    }

    /**
     * @param prefix the names of the threads, followed by a number
     * @return a pool that starts threads as tasks need them and ends them after a minute idle: never one task
     *     queued behind another, as on a common pool of one worker
     */
    static ExecutorService cachedPool(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                factory(() -> prefix + count.incrementAndGet()));
    }

    /**
     * @param name the name of the thread
     * @return a timer of one thread, which ends after ten seconds with nothing scheduled; a cancelled task leaves
     *     its queue at once instead of waiting there for its delay
     */
    static ScheduledThreadPoolExecutor timer(String name) {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, factory(() -> name));
        timer.setRemoveOnCancelPolicy(true);
        timer.setKeepAliveTime(10, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
        return timer;
    }

    private static ThreadFactory factory(java.util.function.Supplier<String> names) {
        return task -> {
            Thread thread = new Thread(task, names.get());
            thread.setDaemon(true);
            return thread;
        };
    }
}
