package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.lowvoltage.Action;
import io.lowvoltage.exceptions.UnknownException;
import io.lowvoltage.internal.json.Json;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/**
 * Feeds mutated response bodies to the response parser of every action. A body that is not the JSON expected
 * must fail as a JSON read error (an {@link UnknownException} caused by a {@link JacksonException}), never as a
 * parser tripping on a value it did not check (a {@code NullPointerException}, {@code ClassCastException}...):
 * those reach the caller as an {@code UnknownException} too, but show a parser bug.
 */
class EveryParserFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261126L);
    private static final int ROUNDS = Integer.getInteger("fuzz.rounds", 60);

    @Test
    void everyParserFailsOnlyAsAJsonReadError() throws Exception {
        List<Action<?>> actions = everyAction();
        List<String> samples = samples();
        Random random = new Random(SEED);
        List<String> bugs = new ArrayList<>();
        int parsed = 0;
        for (Action<?> action : actions) {
            Method read = action.getClass().getDeclaredMethod("readResponse", tools.jackson.core.JsonParser.class);
            read.setAccessible(true);
            for (int round = 0; round < ROUNDS; round++) {
                byte[] body = mutate(random, samples.get(random.nextInt(samples.size())))
                        .getBytes(StandardCharsets.UTF_8);
                try {
                    Json.fromBytes(body, parser -> invoke(read, action, parser), "fuzzed response");
                    parsed++;
                } catch (UnknownException e) {
                    if (!(e.getCause() instanceof JacksonException) && bugs.size() < 20) {
                        bugs.add(action.getClass().getSimpleName() + ": " + e.getCause() + " for "
                                + new String(body, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        assertThat(actions).hasSizeGreaterThanOrEqualTo(62);
        assertThat(parsed).isPositive();
        assertThat(bugs).as("parsers tripping on unchecked values").isEmpty();
    }

    private static Object invoke(Method read, Action<?> action, tools.jackson.core.JsonParser parser) {
        try {
            return read.invoke(action, parser);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One instance of every action class, built with the constructor of fewest parameters and dummy values. */
    private static List<Action<?>> everyAction() throws IOException, URISyntaxException, ReflectiveOperationException {
        Path classes = Path.of(Action.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("io/lowvoltage/actions");
        List<Action<?>> actions = new ArrayList<>();
        try (Stream<Path> files = Files.list(classes)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".class") || name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName("io.lowvoltage.actions." + name.replace(".class", ""));
                if (Action.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
                    actions.add((Action<?>) instantiate(type));
                }
            }
        }
        return actions;
    }

    private static Object instantiate(Class<?> type) throws ReflectiveOperationException {
        Constructor<?> constructor = Arrays.stream(type.getConstructors())
                .min(Comparator.comparingInt(Constructor::getParameterCount))
                .orElseThrow();
        Object[] arguments = Arrays.stream(constructor.getParameterTypes()).map(EveryParserFuzzTest::dummy).toArray();
        return constructor.newInstance(arguments);
    }

    private static Object dummy(Class<?> type) {
        if (type == String.class) {
            return "Tbl";
        }
        if (type == Map.class) {
            return Map.of("h", 1);
        }
        if (type == List.class) {
            return List.of();
        }
        if (type == int.class || type == long.class) {
            return 1;
        }
        if (type == boolean.class) {
            return true;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        return null;
    }

    /** The every-member response fixtures: bodies with every member of their shape, recursively. */
    private static List<String> samples() throws IOException, URISyntaxException {
        Path fixtures = Path.of(EveryParserFuzzTest.class.getResource("DescribeTableResponse-every-member.json").toURI())
                .getParent();
        List<String> samples = new ArrayList<>();
        try (Stream<Path> files = Files.list(fixtures)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                samples.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        samples.add("{}");
        return samples;
    }

    /** Swaps a value's type, cuts the text, or damages a few characters: still mostly JSON. */
    private static String mutate(Random random, String json) {
        StringBuilder out = new StringBuilder(json);
        int edits = 1 + random.nextInt(3);
        for (int edit = 0; edit < edits && out.length() > 2; edit++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(6)) {
                case 0 -> out.setLength(at);
                case 1 -> out.insert(at, List.of("1", "\"x\"", "true", "null", "[]", "{}", "-1e999", "\"\"")
                        .get(random.nextInt(8)));
                case 2 -> out.deleteCharAt(at);
                case 3 -> swapValue(random, out);
                case 4 -> out.setCharAt(at, "{}[],:\"0a-".charAt(random.nextInt(10)));
                default -> out.replace(at, Math.min(out.length(), at + 4), "null");
            }
        }
        return out.toString();
    }

    /** Replaces the value after a random {@code ":"} with a value of another JSON type. */
    private static void swapValue(Random random, StringBuilder out) {
        int colon = out.indexOf("\":", random.nextInt(out.length()));
        if (colon < 0) {
            return;
        }
        int start = colon + 2;
        int end = start;
        while (end < out.length() && ",}]".indexOf(out.charAt(end)) < 0 && out.charAt(end) != '{'
                && out.charAt(end) != '[') {
            end++;
        }
        out.replace(start, end, List.of("\"text\"", "12", "-3.5", "true", "null", "{}", "[]", "\"2020\"")
                .get(random.nextInt(8)));
    }

}
