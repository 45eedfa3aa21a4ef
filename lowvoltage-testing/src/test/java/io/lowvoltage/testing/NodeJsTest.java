package io.lowvoltage.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class NodeJsTest {
    @TempDir
    Path dir;

    @Test
    void majorVersionIsReadFromNodeVersionOutput() {
        assertThat(NodeJs.major("v20.20.2")).isEqualTo(20);
        assertThat(NodeJs.major("v22.0.0\n")).isEqualTo(22);
        assertThat(NodeJs.major("18.19.1")).isEqualTo(18);
        assertThat(NodeJs.major("v24.1.0-nightly20250101")).isEqualTo(24);
    }

    @Test
    void textThatIsNotAVersionHasNoMajor() {
        assertThat(NodeJs.major("")).isEqualTo(-1);
        assertThat(NodeJs.major("command not found")).isEqualTo(-1);
        assertThat(NodeJs.major("v20")).isEqualTo(-1);
        assertThat(NodeJs.major("v99999999999.0.0")).isEqualTo(-1);
    }

    @Test
    void missingNodeFailsSayingWhatToInstall() {
        String missing = dir.resolve("no-such-node").toString();

        assertThatThrownBy(() -> NodeJs.requireNode(missing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("dynalite needs Node.js 20 or newer and npm on the PATH: install them from"
                        + " https://nodejs.org or with your package manager (e.g. apt-get install nodejs npm)")
                .hasMessageContaining("Found: no node (cannot run `" + missing + "`");
    }

    @Test
    void missingNpmFailsSayingWhatToInstall() {
        String missing = dir.resolve("no-such-npm").toString();

        assertThatThrownBy(() -> NodeJs.requireNpm(missing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(NodeJs.INSTALL_HINT)
                .hasMessageContaining("Found: no npm");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void nodeOlderThan20FailsQuotingTheVersionFound() throws IOException {
        Path node = script("echo v18.19.1");

        assertThatThrownBy(() -> NodeJs.requireNode(node.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(NodeJs.INSTALL_HINT)
                .hasMessageContaining("printed \"v18.19.1\"");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void nodeThatFailsIsReportedWithItsOutput() throws IOException {
        Path node = script("echo 'broken install' >&2; exit 3");

        assertThatThrownBy(() -> NodeJs.requireNode(node.toString()))
                .hasMessageStartingWith(NodeJs.INSTALL_HINT)
                .hasMessageContaining("failed with exit code 3: broken install");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void noticeBeforeTheVersionIsIgnored() throws IOException {
        Path node = script("echo 'Found .nvmrc with version <20>'; echo v20.11.0");

        assertThat(NodeJs.requireNode(node.toString())).isEqualTo("v20.11.0");
    }

    private Path script(String body) throws IOException {
        Path script = dir.resolve("fake-node");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }
}
