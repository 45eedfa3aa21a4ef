package io.lowvoltage.credentials;

import io.lowvoltage.exceptions.CredentialsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the AWS shared configuration files ({@code ~/.aws/credentials} and {@code ~/.aws/config}) into profiles:
 * name → property → value. Follows the format the AWS SDKs share: {@code [name]} sections in the credentials
 * file, {@code [profile name]} (or {@code [default]}) in the config file, {@code #} and {@code ;} comments,
 * {@code key = value} properties, and indented continuation lines, which hold sub-properties when the value is
 * empty. Messages name the file and line, never a line's content, which may be a secret.
 */
final class ProfileFiles {
    private ProfileFiles() {
    }

    /**
     * @param file     the file
     * @param isConfig whether it is the config file (sections named {@code [profile x]})
     * @return its profiles, empty when the file does not exist
     */
    static Map<String, Map<String, String>> read(Path file, boolean isConfig) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException e) {
            throw new CredentialsException("Could not read the AWS " + (isConfig ? "config" : "credentials")
                    + " file " + file + ": " + e + ". Check its permissions, or point "
                    + (isConfig ? "AWS_CONFIG_FILE" : "AWS_SHARED_CREDENTIALS_FILE") + " at another file", e);
        }
        return parse(lines, file.toString(), isConfig);
    }

    static Map<String, Map<String, String>> parse(List<String> lines, String fileName, boolean isConfig) {
        Map<String, Map<String, String>> profiles = new LinkedHashMap<>();
        Map<String, String> current = null;
        boolean inIgnoredSection = false;
        String lastKey = null;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[")) {
                int end = line.indexOf(']');
                if (end < 0 || !isCommentOrBlank(line.substring(end + 1))) {
                    throw malformed(fileName, i, "a section header must look like [name]");
                }
                String name = sectionName(line.substring(1, end).strip(), isConfig);
                inIgnoredSection = name == null;
                current = inIgnoredSection ? null : profiles.computeIfAbsent(name, n -> new HashMap<>());
                lastKey = null;
                continue;
            }
            boolean continuation = Character.isWhitespace(raw.charAt(0));
            if (continuation && lastKey != null) {
                if (current != null) {
                    // A continued value, or a sub-property (s3 =\n  max_concurrent_requests = 20): neither is
                    // a credential, so it is kept as text under its parent key.
                    current.merge(lastKey, "\n" + stripComment(line), String::concat);
                }
                continue;
            }
            if (current == null && !inIgnoredSection) {
                throw malformed(fileName, i, "a property must follow a section header such as [default]");
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw malformed(fileName, i, "a property must look like key = value");
            }
            lastKey = line.substring(0, equals).strip();
            if (current != null) {
                current.put(lastKey, stripComment(line.substring(equals + 1)).strip());
            }
        }
        return profiles;
    }

    /** @return the profile name of a section, or {@code null} for a section that holds no profile */
    private static String sectionName(String section, boolean isConfig) {
        if (!isConfig) {
            return section;
        }
        if (section.equals("default")) {
            return section;
        }
        if (section.startsWith("profile ") || section.startsWith("profile\t")) {
            return section.substring("profile".length()).strip();
        }
        // [sso-session x], [services x], or a name without the "profile " prefix, which the SDKs ignore.
        return null;
    }

    /** Inline comments start with whitespace then # or ;, so that values may contain those characters. */
    private static String stripComment(String value) {
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c == '#' || c == ';') && Character.isWhitespace(value.charAt(i - 1))) {
                return value.substring(0, i).strip();
            }
        }
        return value.strip();
    }

    private static boolean isCommentOrBlank(String rest) {
        String stripped = rest.strip();
        return stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith(";");
    }

    private static CredentialsException malformed(String fileName, int index, String rule) {
        return new CredentialsException("Malformed AWS shared configuration file " + fileName + ", line "
                + (index + 1) + ": " + rule + ". Fix the file, or point AWS_SHARED_CREDENTIALS_FILE or AWS_CONFIG_FILE"
                + " at another one");
    }
}
