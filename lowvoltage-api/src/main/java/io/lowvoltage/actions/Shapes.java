package io.lowvoltage.actions;

import io.lowvoltage.exceptions.BuilderException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;

/** Steps shared by the table shapes: enum checks, arrays of values, copies and short {@code toString()}s. */
final class Shapes {
    private Shapes() {
    }

    /**
     * @return the constant, when DynamoDB can take it
     * @throws BuilderException for {@code UNKNOWN_TO_LOWVOLTAGE}, which only ever comes from a response
     */
    static <E extends Enum<E>> E known(E value, String member) {
        Objects.requireNonNull(value, member);
        if (value.name().equals(Enums.UNKNOWN)) {
            throw new BuilderException(member + " cannot be " + Enums.UNKNOWN
                    + ", which stands for a value read from a response; pick one of the other constants");
        }
        return value;
    }

    /** @return an unmodifiable copy, refusing null elements */
    static <T> List<T> copy(Collection<? extends T> values, String member) {
        List<T> copy = new ArrayList<>(values.size());
        for (T value : values) {
            copy.add(Objects.requireNonNull(value, () -> member + " must not hold null"));
        }
        return Collections.unmodifiableList(copy);
    }

    /** Writes {@code "name": [...]} unless the list is null or empty. */
    static <T> void array(JsonGenerator generator, SerializableString name, List<T> values,
            BiConsumer<T, JsonGenerator> element) {
        if (values != null && !values.isEmpty()) {
            generator.writeName(name);
            generator.writeStartArray();
            for (T value : values) {
                element.accept(value, generator);
            }
            generator.writeEndArray();
        }
    }

    /** Writes {@code "name": value}, where value writes itself as an object, unless it is null. */
    static <T> void object(JsonGenerator generator, SerializableString name, T value,
            BiConsumer<T, JsonGenerator> writer) {
        if (value != null) {
            generator.writeName(name);
            writer.accept(value, generator);
        }
    }

    /**
     * @param type           the simple name of the shape
     * @param namesAndValues member names and values, alternating; nulls and empty collections are left out
     * @return {@code Type{name=value, ...}}
     */
    static String toString(String type, Object... namesAndValues) {
        StringBuilder text = new StringBuilder(type).append('{');
        String separator = "";
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            boolean empty = value == null
                    || value instanceof Collection<?> collection && collection.isEmpty()
                    || value instanceof Map<?, ?> map && map.isEmpty();
            if (!empty) {
                text.append(separator).append(namesAndValues[i]).append('=').append(value);
                separator = ", ";
            }
        }
        return text.append('}').toString();
    }
}
