package io.lowvoltage.transport.netty;

import io.netty.buffer.ByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import io.netty.util.ResourceLeakDetectorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test when Netty reports a leaked buffer, instead of only logging it. Registered for every test of this
 * module through {@code META-INF/services/org.junit.jupiter.api.extension.Extension} (surefire turns autodetection
 * on), so that its factory is installed before any Netty buffer class is loaded: leak detectors are made in static
 * initializers. Surefire also sets {@code -Dio.netty.leakDetection.level=paranoid}, which tracks every buffer.
 */
public final class LeakDetection implements AfterEachCallback {
    private static final Queue<String> LEAKS = new ConcurrentLinkedQueue<>();
    /** Set while a test leaks on purpose, to keep its report out of the build log. */
    static volatile boolean quiet;

    private static volatile boolean registered;

    static {
        ResourceLeakDetectorFactory.setResourceLeakDetectorFactory(new RecordingFactory());
    }

    /** Called by JUnit's extension autodetection, before any test runs. */
    public LeakDetection() {
        registered = true;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> leaks = collect();
        if (!leaks.isEmpty()) {
            throw new AssertionError(leaks.size() + " Netty leak(s) reported after " + context.getDisplayName()
                    + " (maybe caused by an earlier test):\n" + String.join("\n\n", leaks));
        }
    }

    /**
     * Collects the leaks of buffers that are no longer reachable: a leak is only seen once its buffer is
     * garbage-collected and the detector next tracks a buffer.
     *
     * @return the leak reports since the last call
     */
    static List<String> collect() {
        for (int round = 0; round < 3; round++) {
            System.gc();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            // Tracking a new buffer is what drains the detector's reference queue
            ByteBufAllocator.DEFAULT.buffer(1).release();
        }
        List<String> leaks = new ArrayList<>();
        for (String leak = LEAKS.poll(); leak != null; leak = LEAKS.poll()) {
            leaks.add(leak);
        }
        return leaks;
    }

    /** @return whether JUnit registered this extension for every test, before any of them loaded Netty */
    static boolean registered() {
        return registered;
    }

    /** @return whether the level set by the build is in force, so that a clean run means something */
    static boolean paranoid() {
        return ResourceLeakDetector.getLevel() == ResourceLeakDetector.Level.PARANOID;
    }

    private static final class RecordingFactory extends ResourceLeakDetectorFactory {
        @Override
        public <T> ResourceLeakDetector<T> newResourceLeakDetector(Class<T> resource, int samplingInterval) {
            return new RecordingDetector<>(resource, samplingInterval);
        }

        // Abstract, though deprecated: Netty itself calls the method above
        @Override
        @SuppressWarnings("deprecation")
        public <T> ResourceLeakDetector<T> newResourceLeakDetector(Class<T> resource, int samplingInterval,
                long maxActive) {
            return newResourceLeakDetector(resource, samplingInterval);
        }
    }

    private static final class RecordingDetector<T> extends ResourceLeakDetector<T> {
        RecordingDetector(Class<?> resource, int samplingInterval) {
            super(resource, samplingInterval);
        }

        @Override
        protected boolean needReport() {
            // Report even when Netty's logger is off: a leak fails the test either way
            return true;
        }

        @Override
        protected void reportTracedLeak(String resourceType, String records) {
            LEAKS.add("LEAK: " + resourceType + records);
            if (!quiet) {
                super.reportTracedLeak(resourceType, records);
            }
        }

        @Override
        protected void reportUntracedLeak(String resourceType) {
            LEAKS.add("LEAK: " + resourceType + " (untraced)");
            if (!quiet) {
                super.reportUntracedLeak(resourceType);
            }
        }
    }
}
