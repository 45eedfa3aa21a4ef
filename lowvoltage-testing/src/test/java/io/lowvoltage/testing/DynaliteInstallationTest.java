package io.lowvoltage.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DynaliteInstallationTest {
    @TempDir
    Path dir;

    @Test
    void homeIsTheSystemPropertyWhenSet() {
        Map<String, String> properties = Map.of("lowvoltage.dynalite.home", "/builds/repo/target/dynalite");

        assertThat(DynaliteInstallation.defaultHome(properties::get, "/home/ada"))
                .isEqualTo(Path.of("/builds/repo/target/dynalite"));
    }

    @Test
    void homeIsInTheUserCacheWhenThePropertyIsUnsetOrBlank() {
        Path expected = Path.of("/home/ada", ".cache", "lowvoltage", "dynalite-4.0.0");

        assertThat(DynaliteInstallation.defaultHome(name -> null, "/home/ada")).isEqualTo(expected);
        assertThat(DynaliteInstallation.defaultHome(name -> "  ", "/home/ada")).isEqualTo(expected);
    }

    @Test
    void builderHomeWinsOverTheDefault() {
        assertThat(Dynalite.builder().home(dir).effectiveHome()).isEqualTo(dir);
    }

    @Test
    void emptyHomeIsNotInstalled() {
        assertThat(new DynaliteInstallation(dir).isInstalled()).isFalse();
    }

    @Test
    void installFromAnotherLockfileIsNotInstalled() throws IOException {
        DynaliteInstallation installation = new DynaliteInstallation(dir);
        Files.createDirectories(installation.cli().getParent());
        Files.writeString(installation.cli(), "// dynalite");
        Files.writeString(dir.resolve(".lowvoltage-installed"), "0123abcd\n");

        assertThat(installation.isInstalled()).isFalse();

        Files.writeString(dir.resolve(".lowvoltage-installed"), DynaliteInstallation.lockfileDigest() + "\n");
        assertThat(installation.isInstalled()).isTrue();
    }

    @Test
    void shippedPackageJsonPinsDynaliteExactly() throws IOException {
        assertThat(resource("package.json")).contains("\"dynalite\": \"4.0.0\"");
    }

    @Test
    void shippedLockfileLocksDynaliteByIntegrityWithoutRegistryHosts() throws IOException {
        String lockfile = resource("package-lock.json");

        assertThat(lockfile)
                .contains("\"node_modules/dynalite\": {\n      \"version\": \"4.0.0\",\n      \"integrity\": \"sha512-"
                        + "EIDzWEhyz4XT4tDuDTrp8rAV3pOyOf2ETg7htxhERQfJ7B5CPrQNMS9Un9PVCiXM5WVN1w0CxgHXztP8LqT+SA==\"")
                .doesNotContain("\"resolved\"")
                .doesNotContain("registry");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DynaliteInstallation.class.getResourceAsStream("dynalite/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
