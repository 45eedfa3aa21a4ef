package io.lowvoltage.internal.json;

import java.util.Collection;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;

/** Small writing steps shared by every request writer: each writes a member only when it is set. */
public final class JsonWrites {
    private JsonWrites() {
    }

    /** Writes {@code "name": "value"} unless value is null. */
    public static void string(JsonGenerator generator, SerializableString name, String value) {
        if (value != null) {
            generator.writeName(name);
            generator.writeString(value);
        }
    }

    /** Writes {@code "name": "CONSTANT"} unless value is null. */
    public static void constant(JsonGenerator generator, SerializableString name, Enum<?> value) {
        if (value != null) {
            generator.writeName(name);
            generator.writeString(value.toString());
        }
    }

    /** Writes {@code "name": true|false} unless value is null. */
    public static void bool(JsonGenerator generator, SerializableString name, Boolean value) {
        if (value != null) {
            generator.writeName(name);
            generator.writeBoolean(value);
        }
    }

    /** Writes {@code "name": 42} unless value is null. */
    public static void number(JsonGenerator generator, SerializableString name, Number value) {
        if (value != null) {
            generator.writeName(name);
            generator.writeNumber(value.toString());
        }
    }

    /** Writes {@code "name": ["a", "b"]} unless values is null. */
    public static void strings(JsonGenerator generator, SerializableString name, Collection<String> values) {
        if (values != null) {
            generator.writeName(name);
            generator.writeStartArray();
            for (String value : values) {
                generator.writeString(value);
            }
            generator.writeEndArray();
        }
    }

    /** Writes {@code "name": {"k": "v"}} unless the map is null or empty. */
    public static void stringMap(JsonGenerator generator, SerializableString name, Map<String, String> values) {
        if (values != null && !values.isEmpty()) {
            generator.writeName(name);
            generator.writeStartObject();
            for (Map.Entry<String, String> entry : values.entrySet()) {
                generator.writeName(entry.getKey());
                generator.writeString(entry.getValue());
            }
            generator.writeEndObject();
        }
    }

    /**
     * Writes {@code "name": {"attr": {"S": "v"}}} unless the map is null or empty.
     *
     * @param path where the map stands, for error messages
     */
    public static void attributeMap(JsonGenerator generator, SerializableString name, Map<String, ?> values,
            String path) {
        if (values != null && !values.isEmpty()) {
            generator.writeName(name);
            AttributeValues.writeItem(generator, values, path);
        }
    }
}
