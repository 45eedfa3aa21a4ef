package io.lowvoltage.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The dynalite installation in one home directory: {@code node_modules} installed by {@code npm ci} from the
 * {@code package.json} and {@code package-lock.json} shipped in this jar.
 */
final class DynaliteInstallation {
    static final String VERSION = "4.0.0";
    static final String HOME_PROPERTY = "lowvoltage.dynalite.home";

    private static final String RESOURCES = "dynalite/";
    private static final String MARKER = ".lowvoltage-installed";
    private static final Duration LOCK_POLL = Duration.ofMillis(200);
    /** Serialises installs inside this JVM: a FileLock is held per JVM, a second lock() from it would throw. */
    private static final Object JVM_LOCK = new Object();

    private final Path home;

    DynaliteInstallation(Path home) {
        this.home = home.toAbsolutePath().normalize();
    }

    /**
     * @param systemProperty reads a system property, null when unset
     * @param userHome       the {@code user.home} directory
     * @return the {@code lowvoltage.dynalite.home} property when set, else {@code ~/.cache/lowvoltage/dynalite-4.0.0}
     */
    static Path defaultHome(UnaryOperator<String> systemProperty, String userHome) {
        String configured = systemProperty.apply(HOME_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip());
        }
        return Path.of(userHome, ".cache", "lowvoltage", "dynalite-" + VERSION);
    }

    Path home() {
        return home;
    }

    Path cli() {
        return home.resolve("node_modules").resolve("dynalite").resolve("cli.js");
    }

    /**
     * @return true when {@code npm ci} finished here for the lockfile this jar ships; an install from another
     *     lockfile, or one that was cut short, does not count
     */
    boolean isInstalled() {
        try {
            return Files.isRegularFile(cli()) && Files.isRegularFile(home.resolve(MARKER))
                    && Files.readString(home.resolve(MARKER)).strip().equals(lockfileDigest());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Installs dynalite unless it already is, under a file lock so that concurrent JVMs install once.
     *
     * @param npm     the npm command
     * @param timeout for the lock and for {@code npm ci} each
     * @throws IllegalStateException when npm is missing or fails, with its output
     */
    @SuppressWarnings("try") // the lock is held by the try block; its body need not name it
    void ensureInstalled(String npm, Duration timeout) {
        if (isInstalled()) {
            return;
        }
        synchronized (JVM_LOCK) {
            try {
                Files.createDirectories(home);
                Path lockFile = home.resolveSibling(home.getFileName() + ".lock");
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock ignored = lock(channel, lockFile, timeout)) {
                    if (!isInstalled()) {
                        install(npm, timeout);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot install dynalite in " + home + ": " + e, e);
            }
        }
    }

    private static FileLock lock(FileChannel channel, Path lockFile, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("Another process has held " + lockFile + " for more than "
                        + timeout.toSeconds() + " s while installing dynalite. If none is running, delete that file");
            }
            try {
                Thread.sleep(LOCK_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + lockFile, e);
            }
        }
    }

    private void install(String npm, Duration timeout) throws IOException {
        NodeJs.requireNpm(npm);
        Files.deleteIfExists(home.resolve(MARKER));
        copyResource("package.json");
        copyResource("package-lock.json");
        // --ignore-scripts: the only install script is classic-level's native build, and classic-level ships
        // prebuilt binaries and is only used with --path, which Dynalite never passes.
        List<String> command = List.of(npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts");
        Processes.Result result;
        try {
            result = Processes.run(command, home, timeout);
        } catch (IOException e) {
            throw new IllegalStateException(NodeJs.INSTALL_HINT + ". Found: cannot run `" + npm + "`: "
                    + e.getMessage(), e);
        }
        if (result.exitCode() != 0 || !Files.isRegularFile(cli())) {
            throw new IllegalStateException("`" + String.join(" ", command) + "` in " + home + " failed with exit code "
                    + result.exitCode() + " (npm needs to reach its registry once; later runs reuse " + home
                    + "). Its output:\n" + result.output());
        }
        Files.writeString(home.resolve(MARKER), lockfileDigest() + "\n");
    }

    private void copyResource(String name) throws IOException {
        try (InputStream in = resource(name)) {
            Files.copy(in, home.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = DynaliteInstallation.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IllegalStateException("io/lowvoltage/testing/" + RESOURCES + name
                    + " is missing from the class path: the lowvoltage-testing jar is damaged");
        }
        return in;
    }

    static String lockfileDigest() {
        try (InputStream in = resource("package-lock.json")) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
