package io.lowvoltage.testing;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds Node.js and npm, and refuses versions dynalite cannot run on. */
final class NodeJs {
    /** dynalite 4.0.0 declares {@code "engines": {"node": ">=20"}}. */
    static final int MINIMUM_MAJOR = 20;

    static final String INSTALL_HINT = "dynalite needs Node.js " + MINIMUM_MAJOR + " or newer and npm on the PATH:"
            + " install them from https://nodejs.org or with your package manager (e.g. apt-get install nodejs npm)";

    private static final Duration VERSION_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.\\d+\\.\\d+\\S*");

    private NodeJs() {
    }

    /** @return {@code node}, which also finds {@code node.exe} on Windows */
    static String defaultNode() {
        return "node";
    }

    /** @return {@code npm}, or {@code npm.cmd} on Windows, where npm is a batch file */
    static String defaultNpm() {
        return Processes.isWindows() ? "npm.cmd" : "npm";
    }

    /**
     * Checks that {@code node} runs and is recent enough.
     *
     * @return the version it printed, such as {@code v20.20.2}
     * @throws IllegalStateException saying what to install, and what was found
     */
    static String requireNode(String node) {
        String version = version(node, "node");
        int major = major(version);
        if (major < MINIMUM_MAJOR) {
            throw new IllegalStateException(INSTALL_HINT + ". Found: `" + node + " --version` printed \"" + version
                    + "\"" + (major < 0 ? ", which is not a Node.js version" : ""));
        }
        return version;
    }

    /**
     * Checks that {@code npm} runs.
     *
     * @return the version it printed
     * @throws IllegalStateException saying what to install, and what was found
     */
    static String requireNpm(String npm) {
        return version(npm, "npm");
    }

    private static String version(String command, String what) {
        Processes.Result result;
        try {
            result = Processes.run(List.of(command, "--version"), null, VERSION_TIMEOUT);
        } catch (IOException e) {
            throw new IllegalStateException(INSTALL_HINT + ". Found: no " + what + " (cannot run `" + command
                    + "`: " + e.getMessage() + ")", e);
        }
        if (result.exitCode() != 0) {
            throw new IllegalStateException(INSTALL_HINT + ". Found: `" + command + " --version` failed with exit code "
                    + result.exitCode() + ": " + result.output());
        }
        return lastLine(result.output());
    }

    /**
     * @param version what {@code node --version} printed, such as {@code v20.20.2}
     * @return the major version, or -1 when the text is not a version
     */
    static int major(String version) {
        Matcher matcher = VERSION.matcher(version.strip());
        if (!matcher.matches()) {
            return -1;
        }
        try {
            return Integer.parseInt(matcher.group(1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    // Version managers (nvm, volta) sometimes print a notice before the version.
    private static String lastLine(String output) {
        String[] lines = output.strip().split("\\R");
        return lines[lines.length - 1].strip();
    }
}
