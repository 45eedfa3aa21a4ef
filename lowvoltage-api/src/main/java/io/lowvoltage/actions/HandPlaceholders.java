package io.lowvoltage.actions;

import io.lowvoltage.internal.expressions.Placeholders;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code ExpressionAttributeNames} and {@code ExpressionAttributeValues} a caller set by hand on one request,
 * or on one element of a transaction: the one place that stores them and hands them to the expression renderer.
 */
final class HandPlaceholders {
    // Empty until set: most actions have no hand-set placeholder, and then pay for no map.
    private Map<String, String> names = Map.of();
    private Map<String, Object> values = Map.of();

    void name(String placeholder, String name) {
        if (names.isEmpty()) {
            names = new LinkedHashMap<>();
        }
        names.put(Objects.requireNonNull(placeholder, "placeholder"), Objects.requireNonNull(name, "name"));
    }

    /** A null value stands for the DynamoDB NULL, as everywhere in the attribute value mapping. */
    void value(String placeholder, Object value) {
        if (values.isEmpty()) {
            values = new LinkedHashMap<>();
        }
        values.put(Objects.requireNonNull(placeholder, "placeholder"), value);
    }

    /** @return the names set by hand, in the order set; unmodifiable */
    Map<String, String> names() {
        return Collections.unmodifiableMap(names);
    }

    /** @return the values set by hand, in the order set; unmodifiable */
    Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }

    /**
     * @param operation the action, for messages
     * @return the placeholders of one rendering, starting from those set by hand
     */
    Placeholders placeholders(String operation) {
        return Placeholders.of(operation, names, values);
    }
}
