package io.lowvoltage.internal.expressions;

import io.lowvoltage.exceptions.BuilderException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The placeholders of one request: renders every expression builder of the request with one shared allocation,
 * then gives the {@code ExpressionAttributeNames} and {@code ExpressionAttributeValues} to write, the hand-set
 * ones first, then the generated ones.
 *
 * <p>Every attribute name becomes a {@code #_<n>} placeholder, so reserved words and names with dots, dashes or
 * spaces never reach the expression string raw, and no list of reserved words is needed. The same name gets the
 * same placeholder throughout the request; each value gets its own {@code :_<n>}. Numbers follow rendering
 * order, so the same action always renders the same bytes. A generated placeholder that the user also set by
 * hand fails with {@link BuilderException}. One instance per request written; not thread-safe.
 */
public final class Placeholders {
    /** The longest expression string DynamoDB accepts, in bytes. */
    public static final int MAX_EXPRESSION_BYTES = 4096;
    private static final String NAME_PREFIX = "#_";
    private static final String VALUE_PREFIX = ":_";

    /** Renders one expression builder; installed by {@code io.lowvoltage.expressions}, the only implementation. */
    @FunctionalInterface
    public interface Renderer {
        /**
         * @param expression   an expression builder of {@code io.lowvoltage.expressions}
         * @param out          where the expression string goes
         * @param placeholders where names and values get their placeholders
         */
        void render(Object expression, StringBuilder out, Placeholders placeholders);
    }

    private static volatile Renderer renderer;

    private final String operation;
    private final boolean display;
    private final Map<String, String> handNames;
    private final Map<String, ?> handValues;
    // Empty until the first placeholder: most requests use no expression builder, and then pay for no map.
    private Map<String, String> names = Map.of();
    private Map<String, String> placeholderByName = Map.of();
    private Map<String, Object> values = Map.of();

    private Placeholders(String operation, boolean display, Map<String, String> handNames,
            Map<String, ?> handValues) {
        this.operation = operation;
        this.display = display;
        this.handNames = handNames;
        this.handValues = handValues;
    }

    /**
     * @param operation  the action, such as {@code UpdateItem}, for messages
     * @param handNames  the name placeholders the user set by hand, read but never changed
     * @param handValues the value placeholders the user set by hand, read but never changed
     * @return placeholders for one request
     */
    public static Placeholders of(String operation, Map<String, String> handNames, Map<String, ?> handValues) {
        return new Placeholders(operation, false, handNames, handValues);
    }

    /**
     * @return placeholders that leave names and values in place, for a readable {@code toString()} of an
     *         expression builder; not valid DynamoDB syntax
     */
    public static Placeholders forDisplay() {
        return new Placeholders("toString", true, Map.of(), Map.of());
    }

    /**
     * Called by {@code io.lowvoltage.expressions} when its expression classes are initialised.
     *
     * @param expressionRenderer renders the expression builders
     */
    public static void install(Renderer expressionRenderer) {
        renderer = Objects.requireNonNull(expressionRenderer, "expressionRenderer");
    }

    /**
     * Renders an expression builder.
     *
     * @param expression an expression builder, or null
     * @param member     the API member it goes to, such as {@code ConditionExpression}, for messages
     * @return the expression string, or null when the expression is null
     * @throws BuilderException when the string is longer than DynamoDB accepts, or a generated placeholder was
     *                          also set by hand
     */
    public String render(Object expression, String member) {
        if (expression == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        renderer.render(expression, out, this);
        String rendered = out.toString();
        int bytes = rendered.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_EXPRESSION_BYTES) {
            throw new BuilderException(operation + " has a " + member + " of " + bytes + " bytes, and DynamoDB"
                    + " accepts at most " + MAX_EXPRESSION_BYTES + ": split the work over several requests, or"
                    + " shorten the expression (fewer paths, fewer IN values)");
        }
        return rendered;
    }

    /**
     * The string of a member set either as a raw string or as an expression builder, whichever was set last.
     *
     * @param raw        the raw string, or null
     * @param expression the expression builder, or null
     * @param member     the API member, for messages
     * @return the raw string if set, else the rendered expression, else null
     */
    public String render(String raw, Object expression, String member) {
        return raw != null ? raw : render(expression, member);
    }

    /**
     * @param attributeName one element of a document path
     * @return its placeholder, the same for the same name throughout the request
     */
    public String name(String attributeName) {
        if (display) {
            return attributeName;
        }
        String placeholder = placeholderByName.get(attributeName);
        if (placeholder == null) {
            placeholder = unused(NAME_PREFIX + names.size(), handNames);
            if (names.isEmpty()) {
                names = new LinkedHashMap<>();
                placeholderByName = new HashMap<>();
            }
            placeholderByName.put(attributeName, placeholder);
            names.put(placeholder, attributeName);
        }
        return placeholder;
    }

    /**
     * @param value an attribute value, following the mapping of {@link io.lowvoltage.Item}
     * @return a new placeholder standing for it
     */
    public String value(Object value) {
        if (display) {
            return value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value);
        }
        String placeholder = unused(VALUE_PREFIX + values.size(), handValues);
        if (values.isEmpty()) {
            values = new LinkedHashMap<>();
        }
        values.put(placeholder, value);
        return placeholder;
    }

    private String unused(String placeholder, Map<String, ?> hand) {
        if (hand.containsKey(placeholder)) {
            throw new BuilderException(operation + " has the placeholder " + placeholder + " set by hand, and the"
                    + " expression builders generate that name too: rename yours (builders use #_<n> and :_<n>),"
                    + " or write the whole request with builders");
        }
        return placeholder;
    }

    /** @return the hand-set name placeholders followed by the generated ones */
    public Map<String, String> names() {
        return merged(handNames, names);
    }

    /** @return the hand-set value placeholders followed by the generated ones; a null value is NULL */
    public Map<String, Object> values() {
        return merged(handValues, values);
    }

    /** Copies only when both sides hold placeholders; else a read-only view of the one that does. */
    private static <V> Map<String, V> merged(Map<String, ? extends V> hand, Map<String, V> generated) {
        if (generated.isEmpty()) {
            return Collections.unmodifiableMap(hand);
        }
        if (hand.isEmpty()) {
            return Collections.unmodifiableMap(generated);
        }
        Map<String, V> all = new LinkedHashMap<>(hand);
        all.putAll(generated);
        return all;
    }
}
