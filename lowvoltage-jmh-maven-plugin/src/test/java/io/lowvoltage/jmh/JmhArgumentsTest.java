package io.lowvoltage.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.util.List;
import org.junit.jupiter.api.Test;

class JmhArgumentsTest {
    @Test
    void defaultsRunEverythingWithTheBenchmarksOwnSettings() {
        JmhArguments arguments = new JmhArguments();
        arguments.classPath = List.of("target/classes", "jmh-core.jar");

        assertThat(arguments.command()).containsExactly("java", "-cp",
                "target/classes" + File.pathSeparator + "jmh-core.jar", "org.openjdk.jmh.Main");
    }

    @Test
    void everyParameterBecomesItsJmhOptionAndTheIncludePatternComesLast() {
        JmhArguments arguments = new JmhArguments();
        arguments.java = "/jdk/bin/java";
        arguments.jvmOptions = List.of("-Xmx256m");
        arguments.classPath = List.of("classes");
        arguments.include = " Signing ";
        arguments.exclude = "Floor";
        arguments.forks = 1;
        arguments.warmupIterations = 2;
        arguments.warmupTime = "1s";
        arguments.measurementIterations = 3;
        arguments.measurementTime = "2s";
        arguments.threads = 8;
        arguments.profilers = "gc, stack";
        arguments.params = "transport=jdk,netty;size=1024";
        arguments.forkJvmArgs = "-Xmx1g -XX:+UseParallelGC";
        arguments.resultFile = "/b/target/jmh-result.json";
        arguments.extra = "-bm avgt  -tu us";

        assertThat(arguments.command()).containsExactly("/jdk/bin/java", "-Xmx256m", "-cp", "classes",
                "org.openjdk.jmh.Main", "-f", "1", "-wi", "2", "-w", "1s", "-i", "3", "-r", "2s", "-t", "8",
                "-prof", "gc", "-prof", "stack", "-p", "transport=jdk,netty", "-p", "size=1024",
                "-jvmArgsAppend", "-Xmx1g -XX:+UseParallelGC", "-e", "Floor",
                "-rf", "JSON", "-rff", "/b/target/jmh-result.json", "-bm", "avgt", "-tu", "us", "Signing");
    }

    @Test
    void blankValuesAreLeftOut() {
        JmhArguments arguments = new JmhArguments();
        arguments.classPath = List.of("classes");
        arguments.include = " ";
        arguments.profilers = " , ";
        arguments.params = "";
        arguments.extra = "  ";

        assertThat(arguments.command()).containsExactly("java", "-cp", "classes", "org.openjdk.jmh.Main");
    }

    @Test
    void noClassPathIsAClearError() {
        assertThatThrownBy(() -> new JmhArguments().command())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("module that holds the benchmarks");
    }
}
