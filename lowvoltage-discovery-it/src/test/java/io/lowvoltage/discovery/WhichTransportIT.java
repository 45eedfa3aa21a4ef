package io.lowvoltage.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.lowvoltage.testing.Dynalite;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link WhichTransport}, unchanged, in a new JVM per class path permutation against one dynalite, and
 * asserts the exact lines it prints. The class paths come from maven-dependency-plugin (see the pom), one file
 * per permutation in the directory named by {@code discovery.classpaths}.
 */
@Timeout(120)
class WhichTransportIT {
    private static Dynalite dynalite;

    @TempDir
    Path output;

    @BeforeAll
    static void startDynalite() {
        dynalite = Dynalite.start();
    }

    @AfterAll
    static void stopDynalite() {
        if (dynalite != null) {
            dynalite.close();
        }
    }

    @Test
    void jdkAloneIsUsed() throws Exception {
        Run run = run("jdk");

        assertThat(run.stdout()).containsExactly("transport=jdk", "tables=0");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void apacheAloneIsUsed() throws Exception {
        Run run = run("apache");

        assertThat(run.stdout()).containsExactly("transport=apache", "tables=0");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void nettyAloneIsUsed() throws Exception {
        Run run = run("netty");

        assertThat(run.stdout()).containsExactly("transport=netty", "tables=0");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void apacheWinsOverJdkByPriority() throws Exception {
        Run run = run("jdk-apache");

        assertThat(run.stdout()).containsExactly("transport=apache", "tables=0");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void nettyWinsOverApacheAndJdkByPriority() throws Exception {
        Run run = run("all");

        assertThat(run.stdout()).containsExactly("transport=netty", "tables=0");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aPinnedIdPicksAmongAllThree() throws Exception {
        Run run = run("all", "-Dlowvoltage.transport=apache");

        assertThat(run.stdout()).containsExactly("transport=apache", "tables=0");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aPinnedIdWinsOverPriority() throws Exception {
        Run run = run("jdk-apache", "-Dlowvoltage.transport=jdk");

        assertThat(run.stdout()).containsExactly("transport=jdk", "tables=0");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aPinnedIdThatIsAbsentFailsNamingTheTransportsFound() throws Exception {
        Run run = run("jdk", "-Dlowvoltage.transport=apache");

        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).first().isEqualTo("Exception in thread \"main\" java.lang.IllegalStateException:"
                + " -Dlowvoltage.transport=apache names no TransportProvider on the class path; found: jdk"
                + " (io.lowvoltage.transport.jdk.JdkTransportProvider, priority 100). Pin one of those ids, or add"
                + " the artifact of apache to your dependencies");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void noTransportFailsAtBuildNamingTheArtifacts() throws Exception {
        Run run = run("none");

        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).first().isEqualTo("Exception in thread \"main\" java.lang.IllegalStateException:"
                + " No TransportProvider was found on the class path. Add one of the artifacts"
                + " io.lowvoltage:lowvoltage-transport-jdk (no dependency), lowvoltage-transport-apache or"
                + " lowvoltage-transport-netty to your dependencies, or pass a Transport to"
                + " Connection.builder().transport(...). In a shaded (uber) jar, merge META-INF/services files,"
                + " e.g. with maven-shade's ServicesResourceTransformer"
                + " (https://github.com/lowvoltage/lowvoltage-java#no-transport)");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    private Run run(String permutation, String... jvmOptions) throws IOException, InterruptedException {
        Path classpathFile = Path.of(property("discovery.classpaths"), permutation + ".txt");
        String classpath = property("discovery.program") + File.pathSeparator
                + Files.readString(classpathFile, StandardCharsets.UTF_8).trim();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", classpath, WhichTransport.class.getName(), dynalite.endpoint().toString()));
        Path stdout = output.resolve(permutation + ".out");
        Path stderr = output.resolve(permutation + ".err");
        Process process = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("WhichTransport on " + permutation + " did not end within 60 s: "
                    + Files.readString(stderr));
        }
        return new Run(process.exitValue(), Files.readAllLines(stdout), Files.readAllLines(stderr));
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("System property " + name + " is unset: run this IT with mvn verify");
        }
        return value;
    }

    private record Run(int exitCode, List<String> stdout, List<String> stderr) {
    }
}
