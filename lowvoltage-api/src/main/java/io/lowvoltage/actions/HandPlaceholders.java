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
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, Object> values = new LinkedHashMap<>();

    void name(String placeholder, String name) {
        names.put(Objects.requireNonNull(placeholder, "placeholder"), Objects.requireNonNull(name, "name"));
    }

    /** A null value stands for the DynamoDB NULL, as everywhere in the attribute value mapping. */
    void value(String placeholder, Object value) {
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
