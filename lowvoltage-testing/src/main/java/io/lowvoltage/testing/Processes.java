package io.lowvoltage.testing;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs short commands with a deadline and stops process trees. */
final class Processes {
    /** How long a process gets to exit after a polite stop before it is killed. */
    static final Duration GRACE = Duration.ofSeconds(5);

    private Processes() {
    }

    /** The outcome of a finished command: its exit code and its output (stdout and stderr interleaved). */
    record Result(int exitCode, String output) {
    }

    /**
     * Runs a command to completion, its output going to a temporary file so a chatty command cannot block on a
     * full pipe.
     *
     * @throws IOException when the command cannot be started (usually: not found)
     * @throws IllegalStateException when it does not finish within the timeout; it is killed, with its output
     */
    static Result run(List<String> command, Path directory, Duration timeout) throws IOException {
        Path log = Files.createTempFile("lowvoltage-", ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(directory == null ? null : directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
                    .start();
            boolean finished = waitFor(process, timeout);
            if (!finished) {
                stop(process);
                throw new IllegalStateException("`" + String.join(" ", command) + "` did not finish within "
                        + timeout.toSeconds() + " s and was stopped. Its output:\n" + read(log));
            }
            return new Result(process.exitValue(), read(log));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Stops a process and its descendants: politely first, then forcibly after {@link #GRACE}. */
    static void stop(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        if (!waitFor(process, GRACE)) {
            process.destroyForcibly();
            waitFor(process, GRACE);
        }
        for (ProcessHandle child : descendants) {
            if (!awaitExit(child, GRACE)) {
                child.destroyForcibly();
                awaitExit(child, GRACE);
            }
        }
    }

    private static boolean awaitExit(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return !handle.isAlive();
        }
    }

    private static boolean waitFor(Process process, Duration timeout) {
        boolean interrupted = false;
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                try {
                    return process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    // Finish stopping even when interrupted, or the process would outlive us; re-assert below.
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String read(Path log) throws IOException {
        return new String(Files.readAllBytes(log), Charset.defaultCharset()).strip();
    }

    private static java.io.File nullFile() {
        return new java.io.File(isWindows() ? "NUL" : "/dev/null");
    }

    static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}
