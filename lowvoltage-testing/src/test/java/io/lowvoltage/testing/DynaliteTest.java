package io.lowvoltage.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DynaliteTest {
    @TempDir
    Path dir;

    @Test
    void missingNodeFailsTheStartSayingWhatToInstallAndInstallsNothing() {
        Path home = dir.resolve("home");

        assertThatThrownBy(() -> Dynalite.builder().home(home).nodeCommand(dir.resolve("no-node").toString()).start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(NodeJs.INSTALL_HINT)
                .hasMessageContaining("Found: no node");
        assertThat(Files.exists(home)).isFalse();
    }

    @Test
    void missingNpmFailsTheInstallSayingWhatToInstall() {
        // With Node.js absent the node check fails first, with the same advice.
        assertThatThrownBy(() -> Dynalite.builder().home(dir.resolve("home"))
                .npmCommand(dir.resolve("no-npm").toString()).start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(NodeJs.INSTALL_HINT);
    }

    @Test
    void timeoutsMustBePositive() {
        assertThatThrownBy(() -> Dynalite.builder().startTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("startTimeout");
        assertThatThrownBy(() -> Dynalite.builder().installTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("installTimeout");
    }

    @Test
    void freePortIsFreeOnLoopback() throws IOException {
        int port = Dynalite.freePort();

        assertThat(port).isBetween(1, 65535);
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }
}
