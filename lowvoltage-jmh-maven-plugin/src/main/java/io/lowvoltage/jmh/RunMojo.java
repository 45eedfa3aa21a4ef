package io.lowvoltage.jmh;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Runs the JMH benchmarks of this project in a forked {@code java ... org.openjdk.jmh.Main}, after compiling them
 * (the annotation processor writes JMH's benchmark list), and writes the results as JSON.
 *
 * <pre>
 * mvn -pl benchmarks jmh:run -Djmh.include=Signing -Djmh.forks=1 -Djmh.prof=gc
 * </pre>
 */
@Mojo(name = "run", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class RunMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** A regular expression on benchmark names, such as {@code Signing} or {@code Json.*Floor}. Default: all. */
    @Parameter(property = "jmh.include")
    private String include;

    /** A regular expression of benchmarks to leave out. */
    @Parameter(property = "jmh.exclude")
    private String exclude;

    /** JMH forks per benchmark ({@code -f}). Default: the benchmark's own {@code @Fork}. */
    @Parameter(property = "jmh.forks")
    private Integer forks;

    /** Warm-up iterations ({@code -wi}). */
    @Parameter(property = "jmh.warmupIterations")
    private Integer warmupIterations;

    /** Warm-up iteration time ({@code -w}), such as {@code 2s}. */
    @Parameter(property = "jmh.warmupTime")
    private String warmupTime;

    /** Measurement iterations ({@code -i}). */
    @Parameter(property = "jmh.iterations")
    private Integer iterations;

    /** Measurement iteration time ({@code -r}), such as {@code 2s}. */
    @Parameter(property = "jmh.time")
    private String time;

    /** Threads ({@code -t}). Default: the benchmark's own {@code @Threads}. */
    @Parameter(property = "jmh.threads")
    private Integer threads;

    /** Profilers, comma-separated ({@code -prof}), such as {@code gc} or {@code gc,stack}. */
    @Parameter(property = "jmh.prof")
    private String profilers;

    /** Benchmark parameters ({@code -p}): {@code name=v1,v2}, several separated by {@code ;}. */
    @Parameter(property = "jmh.params")
    private String params;

    /** Options appended to the forked benchmark JVMs ({@code -jvmArgsAppend}), separated by spaces. */
    @Parameter(property = "jmh.jvmArgs")
    private String jvmArgs;

    /** Where the results go. */
    @Parameter(property = "jmh.result", defaultValue = "${project.build.directory}/jmh-result.json")
    private File result;

    /** The result format ({@code -rf}): JSON, CSV, SCSV, TEXT or LATEX. */
    @Parameter(property = "jmh.resultFormat", defaultValue = "JSON")
    private String resultFormat;

    /** Any other JMH options, space-separated, such as {@code -bm avgt -tu us}. */
    @Parameter(property = "jmh.args")
    private String args;

    /** Options of the JVM that runs JMH's harness (not the benchmarks), space-separated. */
    @Parameter(property = "jmh.harnessJvmArgs")
    private String harnessJvmArgs;

    @Parameter(property = "jmh.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("jmh:run skipped");
            return;
        }
        JmhArguments arguments = new JmhArguments();
        arguments.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        if (harnessJvmArgs != null && !harnessJvmArgs.isBlank()) {
            arguments.jvmOptions.addAll(List.of(harnessJvmArgs.trim().split("\\s+")));
        }
        try {
            arguments.classPath.addAll(project.getRuntimeClasspathElements());
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("Cannot resolve the runtime class path of " + project.getId(), e);
        }
        arguments.include = include;
        arguments.exclude = exclude;
        arguments.forks = forks;
        arguments.warmupIterations = warmupIterations;
        arguments.warmupTime = warmupTime;
        arguments.measurementIterations = iterations;
        arguments.measurementTime = time;
        arguments.threads = threads;
        arguments.profilers = profilers;
        arguments.params = params;
        arguments.forkJvmArgs = jvmArgs;
        arguments.resultFile = result.getAbsolutePath();
        arguments.resultFormat = resultFormat;
        arguments.extra = args;
        List<String> command = arguments.command();
        getLog().info("Running " + String.join(" ", command.subList(command.indexOf(JmhArguments.MAIN_CLASS),
                command.size())) + " (results in " + result + ")");
        getLog().debug(String.join(" ", command));
        try {
            Files.createDirectories(result.toPath().toAbsolutePath().getParent());
            Process process = new ProcessBuilder(command).directory(project.getBasedir()).inheritIO().start();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new MojoFailureException("JMH exited with status " + exit + "; its output is above");
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot start " + arguments.java, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while JMH ran", e);
        }
    }
}
