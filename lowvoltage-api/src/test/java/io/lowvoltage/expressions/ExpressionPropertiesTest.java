package io.lowvoltage.expressions;

import static io.lowvoltage.expressions.Expressions.attribute;
import static io.lowvoltage.expressions.Expressions.name;
import static io.lowvoltage.expressions.Expressions.not;
import static io.lowvoltage.expressions.Expressions.projection;
import static org.assertj.core.api.Assertions.assertThat;

import io.lowvoltage.internal.expressions.Placeholders;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Random expression trees (seeded, so a failure replays): placeholders are declared exactly when used, never
 * collide, rendering is stable, no attribute name reaches the string raw, and the parentheses group as the
 * tree does.
 */
class ExpressionPropertiesTest {
    private static final long SEED = 20261126L;
    private static final int TREES = 3000;
    /** Reserved words, names that need escaping, and one that looks like a placeholder. */
    private static final List<String> NAMES = List.of("a", "b", "size", "status", "name", "date", "count", "SET",
            "my-name", "with space", "dotted.name", "br[0]", "#_0", ":_0", "é", "AND", "x_1");
    private static final Pattern PLACEHOLDER = Pattern.compile("[#:][A-Za-z0-9_]+");
    private static final Pattern SYNTAX = Pattern.compile("AND|OR|NOT|BETWEEN|IN|SET|REMOVE|ADD|DELETE"
            + "|attribute_exists|attribute_not_exists|attribute_type|begins_with|contains|size|if_not_exists"
            + "|list_append|\\[\\d+]|[ ().,=<>+-]");

    private final Random random = new Random(SEED);

    @Test
    void placeholdersAreDeclaredExactlyWhenUsedAndRenderingIsStable() {
        for (int tree = 0; tree < TREES; tree++) {
            ConditionExpression condition = condition(3);
            UpdateExpression update = update();
            ProjectionExpression projection = projection(paths(1 + random.nextInt(4)).toArray(new Attribute[0]));
            Map<String, String> handNames = new LinkedHashMap<>();
            Map<String, Object> handValues = new LinkedHashMap<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                handNames.put("#h" + i, "hand" + i);
                handValues.put(":h" + i, i);
            }

            Placeholders placeholders = Placeholders.of("Test", handNames, handValues);
            List<String> rendered = List.of(placeholders.render(update, "UpdateExpression"),
                    placeholders.render(condition, "ConditionExpression"),
                    placeholders.render(projection, "ProjectionExpression"));
            String all = String.join(" ", rendered);

            Set<String> used = new HashSet<>();
            Matcher matcher = PLACEHOLDER.matcher(all);
            while (matcher.find()) {
                used.add(matcher.group());
            }
            Set<String> generated = new HashSet<>(placeholders.names().keySet());
            generated.addAll(placeholders.values().keySet());
            generated.removeAll(handNames.keySet());
            generated.removeAll(handValues.keySet());
            assertThat(used).as(all).isEqualTo(generated);
            assertThat(placeholders.names()).containsAllEntriesOf(handNames);
            assertThat(placeholders.values()).containsAllEntriesOf(handValues);
            assertThat(placeholders.names().size()).isEqualTo(handNames.size()
                    + (int) placeholders.names().keySet().stream().filter(k -> k.startsWith("#_")).count());
            assertThat(new HashSet<>(placeholders.names().values())).as("one placeholder per name")
                    .hasSize(placeholders.names().size());

            assertThat(PLACEHOLDER.matcher(SYNTAX.matcher(PLACEHOLDER.matcher(all).replaceAll(" ")).replaceAll(""))
                    .replaceAll("")).as("nothing but placeholders and syntax in " + all).isEmpty();
            assertOnlyGroupingParenthesesAroundJunctionsOrNot(all);

            Placeholders again = Placeholders.of("Test", handNames, handValues);
            assertThat(List.of(again.render(update, "UpdateExpression"), again.render(condition, "ConditionExpression"),
                    again.render(projection, "ProjectionExpression"))).isEqualTo(rendered);
            assertThat(again.names()).isEqualTo(placeholders.names());
            assertThat(again.values()).isEqualTo(placeholders.values());
        }
    }

    /**
     * Parentheses that are not a function call or an IN list must hold an AND, an OR or a NOT at their top level:
     * never an atom, never another group alone (DynamoDB rejects those as redundant parentheses).
     */
    private static void assertOnlyGroupingParenthesesAroundJunctionsOrNot(String rendered) {
        for (int open = rendered.indexOf('('); open >= 0; open = rendered.indexOf('(', open + 1)) {
            boolean syntax = open > 0 && (Character.isLetter(rendered.charAt(open - 1))
                    || rendered.charAt(open - 1) == '_' || rendered.startsWith("IN ", open - 3));
            if (syntax) {
                continue;
            }
            StringBuilder topLevel = new StringBuilder();
            int depth = 0;
            for (int i = open + 1; depth >= 0; i++) {
                char c = rendered.charAt(i);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                topLevel.append(depth == 0 && c != ')' ? c : '_');
            }
            String content = topLevel.toString();
            assertThat(content.contains(" AND ") || content.contains(" OR ") || content.startsWith("NOT "))
                    .as("parentheses at %d hold a junction or NOT in %s", open, rendered).isTrue();
        }
    }

    @Test
    void parenthesesGroupAsTheTreeDoes() {
        for (int tree = 0; tree < TREES; tree++) {
            Logic logic = logic(4);
            Placeholders placeholders = Placeholders.of("Test", Map.of(), Map.of());
            String rendered = placeholders.render(logic.condition, "ConditionExpression");
            Evaluator evaluator = new Evaluator(rendered, placeholders.values());
            assertThat(evaluator.evaluate()).as(rendered).isEqualTo(logic.truth);
        }
    }

    private record Logic(ConditionExpression condition, boolean truth) {
    }

    /** A random AND/OR/NOT tree over atoms {@code a = true|false}, with the truth the tree means. */
    private Logic logic(int depth) {
        int kind = depth == 0 ? 0 : random.nextInt(5);
        switch (kind) {
            case 1 -> {
                Logic left = logic(depth - 1);
                Logic right = logic(depth - 1);
                return new Logic(left.condition.and(right.condition), left.truth && right.truth);
            }
            case 2 -> {
                Logic left = logic(depth - 1);
                Logic right = logic(depth - 1);
                return new Logic(left.condition.or(right.condition), left.truth || right.truth);
            }
            case 3 -> {
                Logic operand = logic(depth - 1);
                return new Logic(not(operand.condition), !operand.truth);
            }
            default -> {
                boolean truth = random.nextBoolean();
                return new Logic(attribute("a").eq(truth), truth);
            }
        }
    }

    /** Reads a rendered condition with DynamoDB's precedence: OR below AND below NOT, parentheses first. */
    private static final class Evaluator {
        private final String[] tokens;
        private final Map<String, Object> values;
        private int at;

        Evaluator(String rendered, Map<String, Object> values) {
            this.tokens = rendered.replace("(", " ( ").replace(")", " ) ").trim().split("\\s+");
            this.values = values;
        }

        boolean evaluate() {
            boolean result = or();
            assertThat(at).isEqualTo(tokens.length);
            return result;
        }

        private boolean or() {
            boolean result = and();
            while (at < tokens.length && tokens[at].equals("OR")) {
                at++;
                result |= and();
            }
            return result;
        }

        private boolean and() {
            boolean result = not();
            while (at < tokens.length && tokens[at].equals("AND")) {
                at++;
                result &= not();
            }
            return result;
        }

        private boolean not() {
            if (tokens[at].equals("NOT")) {
                at++;
                return !primary();
            }
            return primary();
        }

        private boolean primary() {
            if (tokens[at].equals("(")) {
                at++;
                boolean result = or();
                assertThat(tokens[at++]).isEqualTo(")");
                return result;
            }
            assertThat(tokens[at + 1]).isEqualTo("=");
            boolean result = (Boolean) values.get(tokens[at + 2]);
            at += 3;
            return result;
        }
    }

    private ConditionExpression condition(int depth) {
        int kind = depth == 0 ? 4 + random.nextInt(8) : random.nextInt(12);
        return switch (kind) {
            case 0 -> condition(depth - 1).and(condition(depth - 1));
            case 1 -> condition(depth - 1).or(condition(depth - 1));
            case 2 -> not(condition(depth - 1));
            case 3 -> Expressions.and(condition(depth - 1), condition(depth - 1), condition(depth - 1));
            case 4 -> path().eq(operand());
            case 5 -> path().lt(operand());
            case 6 -> path().between(operand(), operand());
            case 7 -> path().in(operand(), operand(), operand());
            case 8 -> path().exists();
            case 9 -> path().type(AttributeType.values()[random.nextInt(AttributeType.values().length)]);
            case 10 -> path().beginsWith(operand());
            default -> path().size().ge(operand());
        };
    }

    private Object operand() {
        return random.nextBoolean() ? path() : random.nextInt(1000);
    }

    private UpdateExpression update() {
        List<Attribute> paths = paths(1 + random.nextInt(5));
        UpdateExpression update = Expressions.set(paths.get(0), operand());
        for (Attribute path : paths.subList(1, paths.size())) {
            update = switch (random.nextInt(7)) {
                case 0 -> update.set(path, path().plus(random.nextInt(9)));
                case 1 -> update.setIfNotExists(path, operand());
                case 2 -> update.set(path, Expressions.listAppend(path(), List.of(1)));
                case 3 -> update.remove(path);
                case 4 -> update.add(path, random.nextInt(9));
                case 5 -> update.delete(path, Set.of("x"));
                default -> update.set(path, Expressions.ifNotExists(path(), 0).minus(path()));
            };
        }
        return update;
    }

    /** Distinct top-level attributes, so that no two overlap. */
    private List<Attribute> paths(int count) {
        List<String> names = new ArrayList<>(NAMES);
        java.util.Collections.shuffle(names, random);
        List<Attribute> paths = new ArrayList<>();
        for (String top : names.subList(0, count)) {
            Attribute path = name(top);
            if (random.nextBoolean()) {
                path = path.child(NAMES.get(random.nextInt(NAMES.size())));
            }
            paths.add(random.nextBoolean() ? path.index(random.nextInt(3)) : path);
        }
        return paths;
    }

    private Attribute path() {
        Attribute path = name(NAMES.get(random.nextInt(NAMES.size())));
        for (int i = random.nextInt(3); i > 0; i--) {
            path = random.nextBoolean() ? path.child(NAMES.get(random.nextInt(NAMES.size())))
                    : path.index(random.nextInt(5));
        }
        return path;
    }
}
