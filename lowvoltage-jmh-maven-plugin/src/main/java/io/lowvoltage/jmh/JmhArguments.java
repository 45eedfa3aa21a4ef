package io.lowvoltage.jmh;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a JMH run: {@code java [jvm options] -cp <class path> org.openjdk.jmh.Main [JMH options]}.
 * Kept apart from the mojo so that it is tested without Maven.
 */
final class JmhArguments {
    static final String MAIN_CLASS = "org.openjdk.jmh.Main";

    String java = "java";
    List<String> jvmOptions = new ArrayList<>();
    List<String> classPath = new ArrayList<>();
    /** A JMH regular expression on benchmark names; null for every benchmark. */
    String include;
    String exclude;
    Integer forks;
    Integer warmupIterations;
    String warmupTime;
    Integer measurementIterations;
    String measurementTime;
    Integer threads;
    /** Comma-separated profilers, such as {@code gc} or {@code gc,stack}. */
    String profilers;
    /** Benchmark parameters, {@code name=v1,v2} separated by {@code ;}. */
    String params;
    /** Options for the benchmark JVMs JMH forks, separated by spaces. */
    String forkJvmArgs;
    String resultFile;
    String resultFormat = "JSON";
    /** Any other JMH options, separated by spaces, appended as they are. */
    String extra;

    /** @return the command, one element per argument */
    List<String> command() {
        if (classPath.isEmpty()) {
            throw new IllegalStateException("No class path: run jmh:run on the module that holds the benchmarks");
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classPath));
        command.add(MAIN_CLASS);
        option(command, "-f", forks);
        option(command, "-wi", warmupIterations);
        option(command, "-w", warmupTime);
        option(command, "-i", measurementIterations);
        option(command, "-r", measurementTime);
        option(command, "-t", threads);
        if (present(profilers)) {
            for (String profiler : profilers.split(",")) {
                if (!profiler.isBlank()) {
                    command.add("-prof");
                    command.add(profiler.trim());
                }
            }
        }
        if (present(params)) {
            for (String param : params.split(";")) {
                if (!param.isBlank()) {
                    command.add("-p");
                    command.add(param.trim());
                }
            }
        }
        if (present(forkJvmArgs)) {
            command.add("-jvmArgsAppend");
            command.add(forkJvmArgs.trim());
        }
        option(command, "-e", exclude);
        if (present(resultFile)) {
            command.add("-rf");
            command.add(resultFormat);
            command.add("-rff");
            command.add(resultFile);
        }
        if (present(extra)) {
            for (String argument : extra.trim().split("\\s+")) {
                command.add(argument);
            }
        }
        // Last, as JMH reads the remaining arguments as include patterns
        if (present(include)) {
            command.add(include.trim());
        }
        return command;
    }

    private static void option(List<String> command, String name, Object value) {
        if (value != null && present(value.toString())) {
            command.add(name);
            command.add(value.toString().trim());
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
