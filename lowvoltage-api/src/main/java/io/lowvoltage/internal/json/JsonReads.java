package io.lowvoltage.internal.json;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Small reading steps shared by every response parser. They keep parsers to one pass over the tokens with a
 * {@code switch} on member names:
 * <pre>{@code
 * for (String name = JsonReads.firstMember(parser); name != null; name = JsonReads.nextMember(parser)) {
 *     switch (name) {
 *         case "Item" -> item = AttributeValues.readItem(parser);
 *         default -> parser.skipChildren();   // DynamoDB adds members over time
 *     }
 * }
 * }</pre>
 * Members whose value is JSON {@code null} are passed over, as if absent.
 */
public final class JsonReads {
    private JsonReads() {
    }

    /** Reads one element of a JSON array. */
    @FunctionalInterface
    public interface ElementReader<T> {
        /**
         * @param parser positioned on the element's first token
         * @return the element
         */
        T read(JsonParser parser);
    }

    /**
     * @param parser positioned on an object's {@code START_OBJECT}
     * @return the first member's name, with the parser on its value; {@code null} for an empty object
     */
    public static String firstMember(JsonParser parser) {
        Json.expect(parser, JsonToken.START_OBJECT);
        return nextMember(parser);
    }

    /**
     * @param parser positioned on the last token of the previous member's value
     * @return the next member's name, with the parser on its value; {@code null} at the object's end
     */
    public static String nextMember(JsonParser parser) {
        String name;
        while ((name = parser.nextName()) != null) {
            if (parser.nextToken() != JsonToken.VALUE_NULL) {
                return name;
            }
        }
        Json.expect(parser, JsonToken.END_OBJECT);
        return null;
    }

    /**
     * @param parser  positioned on a {@code START_ARRAY}
     * @param element reads each element
     * @return the elements, unmodifiable
     */
    public static <T> List<T> list(JsonParser parser, ElementReader<T> element) {
        Json.expect(parser, JsonToken.START_ARRAY);
        List<T> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            list.add(element.read(parser));
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * @param parser positioned on a {@code START_OBJECT}
     * @param value  reads each member's value
     * @return the members in order, unmodifiable
     */
    public static <T> Map<String, T> map(JsonParser parser, ElementReader<T> value) {
        Map<String, T> map = new LinkedHashMap<>();
        for (String name = firstMember(parser); name != null; name = nextMember(parser)) {
            map.put(name, value.read(parser));
        }
        return Collections.unmodifiableMap(map);
    }

    /** @return the current string value */
    public static String string(JsonParser parser) {
        return parser.getString();
    }

    /** @return the current number as an exact {@link BigDecimal} (DynamoDB sends capacity units as doubles) */
    public static BigDecimal decimal(JsonParser parser) {
        return parser.getDecimalValue();
    }

    /** @return the current number as a long */
    public static long longValue(JsonParser parser) {
        return parser.getLongValue();
    }

    /** @return the current int */
    public static int intValue(JsonParser parser) {
        return parser.getIntValue();
    }

    /** @return the current boolean */
    public static boolean bool(JsonParser parser) {
        return parser.getBooleanValue();
    }

    /**
     * DynamoDB sends timestamps as seconds since the epoch with a fraction, such as {@code 1.7E9} or
     * {@code 1700000000.123}.
     *
     * @return the current number as an instant, to the nanosecond
     */
    public static Instant instant(JsonParser parser) {
        BigDecimal seconds = parser.getDecimalValue();
        long whole = seconds.longValue();
        int nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).intValue();
        return Instant.ofEpochSecond(whole, nanos);
    }
}
