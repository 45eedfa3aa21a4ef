package io.lowvoltage.testing;

import io.lowvoltage.Connection;
import io.lowvoltage.credentials.StaticCredentials;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running dynalite, the DynamoDB-compatible server from npm, on {@code 127.0.0.1} and a free port, with an
 * in-memory store that starts empty and is lost when it stops.
 *
 * <pre>{@code
 * try (Dynalite dynalite = Dynalite.start();
 *      Connection connection = dynalite.connection()) {
 *     connection.request(new ListTables());
 * }
 * }</pre>
 *
 * <p>{@link #start()} installs dynalite 4.0.0 with {@code npm ci} the first time,
 * from the {@code package-lock.json} shipped in this jar, into the directory named by the system property
 * {@code lowvoltage.dynalite.home}, or {@code ~/.cache/lowvoltage/dynalite-4.0.0} when it is unset. Later starts
 * reuse that installation and take well under a second. It needs Node.js 20 or newer, and npm for the install:
 * when they are missing, {@code start()} throws an {@link IllegalStateException} saying what to install. It never
 * skips silently.
 *
 * <p>Tables turn {@code ACTIVE} within milliseconds (dynalite runs with {@code --createTableMs 0 --deleteTableMs 0
 * --updateTableMs 0}), but asynchronously: wait for a new table as on DynamoDB before writing to it. Dynalite does
 * not verify signatures, so any credentials work. It lacks some operations, such as transactions and PartiQL: see <a href="https://github.com/architect/dynalite#readme">its README</a>.
 *
 * <p>Thread-safe. The caller owns it and stops it with {@link #close()}; a JVM shutdown hook also stops it, so no
 * server outlives the tests. In JUnit Jupiter, {@link DynaliteExtension} does all this for you.
 */
public final class Dynalite implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("io.lowvoltage.testing.Dynalite");
    private static final String LOOPBACK = "127.0.0.1";
    private static final String READY_LINE = "Dynalite listening at:";
    private static final int PORT_ATTEMPTS = 3;
    private static final int KEPT_OUTPUT_LINES = 200;

    private final Process process;
    private final int port;
    private final URI endpoint;
    private final Output output;
    private final Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Dynalite(Process process, int port, Output output, Thread shutdownHook) {
        this.process = process;
        this.port = port;
        this.endpoint = URI.create("http://" + LOOPBACK + ":" + port);
        this.output = output;
        this.shutdownHook = shutdownHook;
    }

    /**
     * Installs dynalite if needed and starts it with the default settings.
     *
     * @return the running server; close it when done
     * @throws IllegalStateException when Node.js or npm is missing or too old (the message says what to install),
     *     when {@code npm ci} fails, or when dynalite does not come up in time (the message quotes its output)
     */
    public static Dynalite start() {
        return builder().start();
    }

    /** @return a builder for a dynalite with other settings */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the endpoint, such as {@code http://127.0.0.1:41234}, to pass to any DynamoDB client */
    public URI endpoint() {
        return endpoint;
    }

    /** @return the port it listens on, on {@code 127.0.0.1} */
    public int port() {
        return port;
    }

    /**
     * Builds a new connection to this dynalite, with region {@code us-east-1} and dummy static credentials. It needs
     * a transport and a signer on the class path, as every connection does.
     *
     * @return a new connection; the caller closes it
     * @throws IllegalStateException when no transport or signer is found, saying what to add
     */
    public Connection connection() {
        return connectionBuilder().build();
    }

    /**
     * @return a connection builder already set to this dynalite's endpoint, region {@code us-east-1} and dummy
     *     static credentials, to choose a transport or retry policy before {@code build()}
     */
    public Connection.Builder connectionBuilder() {
        return Connection.builder()
                .endpoint(endpoint)
                .region("us-east-1")
                .credentials(new StaticCredentials("AKIDLOWVOLTAGETEST", "dynalite-does-not-verify-signatures"));
    }

    /** @return true until {@link #close()}, unless the process died */
    public boolean isRunning() {
        return !closed.get() && process.isAlive();
    }

    /**
     * @return the last lines dynalite printed (stdout and stderr), for diagnosing a failing test
     */
    public String output() {
        return output.text();
    }

    /**
     * Stops dynalite and any process it started: politely, then forcibly after a few seconds. Idempotent; returns
     * once the process has exited.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running or about to; stopping twice is harmless.
            }
            Processes.stop(process);
            LOG.log(Level.DEBUG, () -> "Stopped dynalite at " + endpoint);
        }
    }

    @Override
    public String toString() {
        return "Dynalite{endpoint=" + endpoint + ", pid=" + process.pid() + ", running=" + isRunning() + "}";
    }

    /** Settings for {@link Dynalite#start()}. Not thread-safe; every setting has a default. */
    public static final class Builder {
        private Path home;
        private Duration startTimeout = Duration.ofSeconds(60);
        private Duration installTimeout = Duration.ofMinutes(5);
        private String node = NodeJs.defaultNode();
        private String npm = NodeJs.defaultNpm();

        private Builder() {
        }

        /**
         * @param home where dynalite is installed; defaults to the system property {@code lowvoltage.dynalite.home},
         *             else {@code ~/.cache/lowvoltage/dynalite-4.0.0}
         * @return this builder
         */
        public Builder home(Path home) {
            this.home = Objects.requireNonNull(home, "home");
            return this;
        }

        /**
         * @param timeout how long dynalite may take to answer once started; defaults to 60 s
         * @return this builder
         */
        public Builder startTimeout(Duration timeout) {
            this.startTimeout = positive(timeout, "startTimeout");
            return this;
        }

        /**
         * @param timeout how long {@code npm ci} may take, and how long to wait for another JVM installing into the
         *                same home; defaults to 5 minutes
         * @return this builder
         */
        public Builder installTimeout(Duration timeout) {
            this.installTimeout = positive(timeout, "installTimeout");
            return this;
        }

        /** For tests: the Node.js executable, a name looked up on the PATH or a path. */
        Builder nodeCommand(String command) {
            this.node = Objects.requireNonNull(command, "command");
            return this;
        }

        /** For tests: the npm executable, a name looked up on the PATH or a path. */
        Builder npmCommand(String command) {
            this.npm = Objects.requireNonNull(command, "command");
            return this;
        }

        /** @return the home directory that {@link #start()} will use */
        Path effectiveHome() {
            return home != null ? home : DynaliteInstallation.defaultHome(System::getProperty,
                    System.getProperty("user.home"));
        }

        /**
         * Installs dynalite if needed and starts it.
         *
         * @return the running server; close it when done
         * @throws IllegalStateException when Node.js or npm is missing or too old (the message says what to
         *     install), when {@code npm ci} fails, or when dynalite does not come up in time (the message quotes
         *     its output)
         */
        public Dynalite start() {
            long began = System.nanoTime();
            String nodeVersion = NodeJs.requireNode(node);
            DynaliteInstallation installation = new DynaliteInstallation(effectiveHome());
            installation.ensureInstalled(npm, installTimeout);
            IllegalStateException portTaken = null;
            for (int attempt = 1; attempt <= PORT_ATTEMPTS; attempt++) {
                try {
                    Dynalite dynalite = launch(installation, freePort());
                    LOG.log(Level.DEBUG, () -> "Started dynalite " + DynaliteInstallation.VERSION + " on Node.js "
                            + nodeVersion + " at " + dynalite.endpoint + " in "
                            + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began) + " ms");
                    return dynalite;
                } catch (PortTakenException e) {
                    // Another process grabbed the port between freePort() and dynalite's listen(): try another.
                    portTaken = new IllegalStateException(e.getMessage());
                }
            }
            throw Objects.requireNonNull(portTaken);
        }

        private Dynalite launch(DynaliteInstallation installation, int port) {
            List<String> command = new ArrayList<>(List.of(node, installation.cli().toString(),
                    "--host", LOOPBACK, "--port", Integer.toString(port),
                    "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"));
            Process process;
            try {
                process = new ProcessBuilder(command)
                        .directory(installation.home().toFile())
                        .redirectErrorStream(true)
                        .start();
            } catch (IOException e) {
                throw new IllegalStateException(NodeJs.INSTALL_HINT + ". Found: cannot run `" + node + "`: "
                        + e.getMessage(), e);
            }
            Output output = new Output(process);
            Thread hook = new Thread(() -> Processes.stop(process), "lowvoltage-dynalite-stop-" + port);
            Runtime.getRuntime().addShutdownHook(hook);
            Dynalite dynalite = new Dynalite(process, port, output, hook);
            boolean ready = false;
            try {
                awaitReady(dynalite, String.join(" ", command));
                ready = true;
                return dynalite;
            } finally {
                if (!ready) {
                    dynalite.close();
                }
            }
        }

        private void awaitReady(Dynalite dynalite, String command) {
            long deadline = System.nanoTime() + startTimeout.toNanos();
            boolean listening;
            try {
                listening = dynalite.output.listening.get(startTimeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                throw notReady(dynalite, command, "did not print \"" + READY_LINE + "\" within "
                        + startTimeout.toSeconds() + " s");
            } catch (ExecutionException e) {
                throw notReady(dynalite, command, "could not be read: " + e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw notReady(dynalite, command, "was interrupted while starting");
            }
            if (!listening) {
                String exit = exitCode(dynalite.process);
                if (dynalite.output.text().contains("EADDRINUSE")) {
                    throw new PortTakenException(PORT_ATTEMPTS + " ports in a row were taken before dynalite"
                            + " could listen on them; last output of `" + command + "`:\n" + dynalite.output.text());
                }
                throw notReady(dynalite, command, "exited with code " + exit + " before listening");
            }
            awaitHealthy(dynalite, command, deadline);
        }

        // The ready line comes from listen()'s callback, so this GET should pass at once; it proves the endpoint
        // is an HTTP server that answers, rather than trusting a line of text.
        private void awaitHealthy(Dynalite dynalite, String command, long deadline) {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest request = HttpRequest.newBuilder(dynalite.endpoint.resolve("/"))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            String last = "no answer";
            while (true) {
                try {
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        return;
                    }
                    last = "HTTP " + response.statusCode() + " " + response.body();
                } catch (IOException e) {
                    last = e.toString();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw notReady(dynalite, command, "was interrupted while starting");
                }
                if (!dynalite.process.isAlive()) {
                    throw notReady(dynalite, command, "exited with code " + exitCode(dynalite.process));
                }
                if (System.nanoTime() - deadline > 0) {
                    throw notReady(dynalite, command, "did not answer GET " + dynalite.endpoint + "/ with 200"
                            + " within " + startTimeout.toSeconds() + " s (last: " + last + ")");
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw notReady(dynalite, command, "was interrupted while starting");
                }
            }
        }

        private static IllegalStateException notReady(Dynalite dynalite, String command, String what) {
            return new IllegalStateException("dynalite " + what + ". Command: `" + command + "`. Its output:\n"
                    + (dynalite.output.text().isEmpty() ? "(none)" : dynalite.output.text()));
        }

        private static String exitCode(Process process) {
            try {
                return process.waitFor(Processes.GRACE.toMillis(), TimeUnit.MILLISECONDS)
                        ? Integer.toString(process.exitValue()) : "(still running)";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "(unknown)";
            }
        }

        private static Duration positive(Duration duration, String name) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, got " + duration);
            }
            return duration;
        }
    }

    /** Picks a port that is free now; dynalite's {@code --port 0} means its default 4567, not "any port". */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free port on " + LOOPBACK, e);
        }
    }

    private static final class PortTakenException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PortTakenException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Drains the process's output for its whole life, so that it never blocks on a full pipe, keeping the last
     * lines and noticing the ready line.
     */
    private static final class Output {
        /** Completes true on the ready line, false when the output ends without it. */
        final CompletableFuture<Boolean> listening = new CompletableFuture<>();
        private final Deque<String> lines = new ArrayDeque<>();

        Output(Process process) {
            Thread reader = new Thread(() -> read(process), "lowvoltage-dynalite-output-" + process.pid());
            reader.setDaemon(true);
            reader.start();
        }

        private void read(Process process) {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), Charset.defaultCharset()))) {
                String line;
                while ((line = in.readLine()) != null) {
                    synchronized (lines) {
                        if (lines.size() == KEPT_OUTPUT_LINES) {
                            lines.removeFirst();
                        }
                        lines.addLast(line);
                    }
                    if (line.startsWith(READY_LINE)) {
                        listening.complete(true);
                    }
                }
            } catch (IOException e) {
                // The stream closes when the process is stopped; nothing more to read.
            } finally {
                listening.complete(false);
            }
        }

        String text() {
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }
    }
}
