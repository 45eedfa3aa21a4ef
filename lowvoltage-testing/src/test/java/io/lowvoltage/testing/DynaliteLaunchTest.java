package io.lowvoltage.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The failure paths of install and start, with shell scripts standing in for node and npm. */
@DisabledOnOs(OS.WINDOWS)
@Timeout(60)
class DynaliteLaunchTest {
    private static final String VERSION_20 = "if [ \"$1\" = --version ]; then echo v20.20.2; exit 0; fi\n";

    @TempDir
    Path dir;

    @Test
    void failingNpmCiIsReportedWithItsOutput() throws IOException {
        Path npm = script("npm", "if [ \"$1\" = --version ]; then echo 11.0.0; exit 0; fi\n"
                + "echo \"npm error 404 Not Found - GET dynalite\"; exit 1");

        assertThatThrownBy(() -> Dynalite.builder().home(dir.resolve("home")).nodeCommand(node("exit 0"))
                .npmCommand(npm.toString()).start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("npm ci --no-audit --no-fund --ignore-scripts` in " + dir.resolve("home"))
                .hasMessageContaining("failed with exit code 1")
                .hasMessageContaining("npm error 404 Not Found - GET dynalite");
        assertThat(dir.resolve("home/package-lock.json")).exists();
        assertThat(new DynaliteInstallation(dir.resolve("home")).isInstalled()).isFalse();
    }

    @Test
    void successfulNpmCiMarksTheHomeInstalledAndIsNotRunAgain() throws IOException {
        Path log = dir.resolve("npm-runs");
        Path npm = script("npm", "if [ \"$1\" = --version ]; then echo 11.0.0; exit 0; fi\n"
                + "echo ci >> " + log + "\n"
                + "mkdir -p node_modules/dynalite && echo '// cli' > node_modules/dynalite/cli.js");
        DynaliteInstallation installation = new DynaliteInstallation(dir.resolve("home"));

        installation.ensureInstalled(npm.toString(), Duration.ofSeconds(30));
        installation.ensureInstalled(npm.toString(), Duration.ofSeconds(30));

        assertThat(installation.isInstalled()).isTrue();
        assertThat(Files.readAllLines(log)).containsExactly("ci");
        assertThat(dir.resolve("home.lock")).exists();
    }

    @Test
    void dynaliteThatExitsIsReportedWithItsOutput() throws IOException {
        Path home = installedHome();

        assertThatThrownBy(() -> Dynalite.builder().home(home)
                .nodeCommand(node("echo 'SyntaxError: Unexpected token'; exit 7")).start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dynalite exited with code 7 before listening")
                .hasMessageContaining("--host 127.0.0.1 --port ")
                .hasMessageContaining("--createTableMs 0 --deleteTableMs 0 --updateTableMs 0")
                .hasMessageContaining("SyntaxError: Unexpected token");
    }

    @Test
    void takenPortIsRetriedOnAnotherPortThenReported() throws IOException {
        Path home = installedHome();
        Path log = dir.resolve("ports");

        assertThatThrownBy(() -> Dynalite.builder().home(home).nodeCommand(node("echo \"$5\" >> " + log + "\n"
                + "echo \"Error: listen EADDRINUSE: address already in use 127.0.0.1:$5\"; exit 1")).start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("3 ports in a row were taken")
                .hasMessageContaining("EADDRINUSE");
        assertThat(Files.readAllLines(log)).hasSize(3);
    }

    @Test
    void dynaliteThatHangsIsStoppedAfterTheStartTimeout() throws IOException {
        Path home = installedHome();
        Path pid = dir.resolve("child.pid");
        long began = System.nanoTime();

        // The child sleep must die too, not only the shell that started it.
        assertThatThrownBy(() -> Dynalite.builder().home(home).startTimeout(Duration.ofSeconds(1))
                .nodeCommand(node("echo starting; sleep 30 & echo $! > " + pid + "; wait")).start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not print \"Dynalite listening at:\" within 1 s")
                .hasMessageContaining("starting");

        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(20));
        long child = Long.parseLong(Files.readString(pid).strip());
        assertThat(ProcessHandle.of(child).filter(ProcessHandle::isAlive)).isEmpty();
    }

    private Path installedHome() throws IOException {
        Path home = dir.resolve("home");
        DynaliteInstallation installation = new DynaliteInstallation(home);
        Files.createDirectories(installation.cli().getParent());
        Files.writeString(installation.cli(), "// stand-in");
        Files.writeString(home.resolve(".lowvoltage-installed"), DynaliteInstallation.lockfileDigest());
        return home;
    }

    private String node(String body) throws IOException {
        return script("node", VERSION_20 + body).toString();
    }

    private Path script(String name, String body) throws IOException {
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

}
