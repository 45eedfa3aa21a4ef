package io.lowvoltage.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/user-guide.md} true: each of its Java code blocks follows a {@code <!-- snippet: name -->}
 * comment and is the region of {@link UserGuideIT} between {@code // tag::name[]} and {@code // end::name[]},
 * less the region's common indentation, line for line and byte for byte. UserGuideIT runs every region against
 * dynalite, so no code in the guide goes untested.
 */
class UserGuideSyncTest {
    private static final Path MODULE = Path.of(System.getProperty("user.dir"));
    private static final Path GUIDE = MODULE.resolveSibling("docs").resolve("user-guide.md");
    private static final Path SOURCE = MODULE.resolve("src/test/java/io/lowvoltage/examples/guide/UserGuideIT.java");

    private static final Pattern TAG = Pattern.compile("^\\s*// tag::([A-Za-z0-9_-]+)\\[]\\s*$");
    private static final Pattern SNIPPET = Pattern.compile("^<!-- snippet: ([A-Za-z0-9_-]+) -->$");

    @Test
    void everyJavaBlockOfTheGuideIsATaggedRegionOfUserGuideIT() throws IOException {
        Map<String, String> regions = regions(Files.readAllLines(SOURCE, StandardCharsets.UTF_8));
        Map<String, String> blocks = blocks(Files.readAllLines(GUIDE, StandardCharsets.UTF_8));

        assertThat(blocks).as("Java code blocks of %s", GUIDE).isNotEmpty();
        for (Map.Entry<String, String> block : blocks.entrySet()) {
            assertThat(regions).as("tagged regions of %s", SOURCE).containsKey(block.getKey());
            assertThat(block.getValue())
                    .as("the guide's snippet '%s' differs from its region in UserGuideIT: copy the region", block.getKey())
                    .isEqualTo(regions.get(block.getKey()));
        }
    }

    @Test
    void everyTaggedRegionIsInTheGuide() throws IOException {
        Map<String, String> regions = regions(Files.readAllLines(SOURCE, StandardCharsets.UTF_8));
        Map<String, String> blocks = blocks(Files.readAllLines(GUIDE, StandardCharsets.UTF_8));

        assertThat(blocks.keySet()).containsExactlyInAnyOrderElementsOf(regions.keySet());
    }

    @Test
    void aRegionLosesOnlyItsCommonIndentation() {
        Map<String, String> regions = regions(List.of(
                "    void x() {",
                "        // tag::a[]",
                "        if (true) {",
                "            y();",
                "",
                "        }",
                "        // end::a[]",
                "    }"));

        assertThat(regions).containsExactly(Map.entry("a", "if (true) {\n    y();\n\n}\n"));
    }

    @Test
    void aJavaBlockWithoutItsSnippetCommentIsAnError() {
        List<String> guide = List.of("Some text", "", "```java", "x();", "```");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> blocks(guide))
                .isInstanceOf(AssertionError.class).hasMessageContaining("line 3");
    }

    /** @return each tagged region by name, without its common indentation, each line ending with \n */
    static Map<String, String> regions(List<String> lines) {
        Map<String, String> regions = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher tag = TAG.matcher(lines.get(i));
            if (!tag.matches()) {
                continue;
            }
            String name = tag.group(1);
            List<String> region = new ArrayList<>();
            int j = i + 1;
            while (!lines.get(j).trim().equals("// end::" + name + "[]")) {
                region.add(lines.get(j));
                j++;
                assertThat(j).as("end::%s[] after line %d", name, i + 1).isLessThan(lines.size());
            }
            assertThat(regions.put(name, dedent(region))).as("tag %s used twice", name).isNull();
        }
        return regions;
    }

    private static String dedent(List<String> region) {
        int indent = region.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        StringBuilder text = new StringBuilder();
        for (String line : region) {
            text.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return text.toString();
    }

    /** @return each Java code block by the name of the snippet comment before it, each line ending with \n */
    static Map<String, String> blocks(List<String> lines) {
        Map<String, String> blocks = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals("```java")) {
                continue;
            }
            int before = i - 1;
            while (before >= 0 && lines.get(before).isBlank()) {
                before--;
            }
            Matcher snippet = SNIPPET.matcher(before >= 0 ? lines.get(before) : "");
            if (!snippet.matches()) {
                throw new AssertionError("The Java code block at line " + (i + 1) + " of the guide has no"
                        + " <!-- snippet: name --> comment before it: every Java block is a region of UserGuideIT");
            }
            StringBuilder block = new StringBuilder();
            int j = i + 1;
            while (!lines.get(j).equals("```")) {
                block.append(lines.get(j)).append('\n');
                j++;
            }
            assertThat(blocks.put(snippet.group(1), block.toString()))
                    .as("snippet %s shown twice", snippet.group(1)).isNull();
            i = j;
        }
        return blocks;
    }
}
