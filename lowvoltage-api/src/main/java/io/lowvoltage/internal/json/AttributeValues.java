package io.lowvoltage.internal.json;

import io.lowvoltage.Item;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.internal.collect.ArrayMap;
import io.lowvoltage.internal.collect.ArraySet;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.io.SerializedString;

/**
 * Writes Java values as DynamoDB attribute values and reads them back, losslessly.
 *
 * <table>
 *   <caption>The mapping</caption>
 *   <tr><th>DynamoDB</th><th>written from</th><th>read as</th></tr>
 *   <tr><td>S</td><td>{@link CharSequence}</td><td>{@link String}</td></tr>
 *   <tr><td>N</td><td>{@link Integer}, {@link Long}, {@link Short}, {@link Byte}, {@link BigInteger},
 *       {@link BigDecimal}, finite {@link Double} and {@link Float}</td><td>{@link BigDecimal}</td></tr>
 *   <tr><td>B</td><td>{@code byte[]}, {@link ByteBuffer} (its remaining bytes)</td>
 *       <td>read-only {@link ByteBuffer}</td></tr>
 *   <tr><td>BOOL</td><td>{@link Boolean}</td><td>{@link Boolean}</td></tr>
 *   <tr><td>NULL</td><td>{@code null}</td><td>{@code null}</td></tr>
 *   <tr><td>L</td><td>{@link List}</td><td>unmodifiable {@link List}</td></tr>
 *   <tr><td>M</td><td>{@link Map} with {@link String} keys</td><td>{@link Item}</td></tr>
 *   <tr><td>SS, NS, BS</td><td>non-empty {@link Set} of strings, numbers, or binaries</td>
 *       <td>unmodifiable {@link Set} of {@link String}, {@link BigDecimal}, read-only {@link ByteBuffer}</td></tr>
 * </table>
 */
public final class AttributeValues {
    private static final int MAX_DIGITS = 38;
    private static final SerializableString S = new SerializedString("S");
    private static final SerializableString N = new SerializedString("N");
    private static final SerializableString B = new SerializedString("B");
    private static final SerializableString BOOL = new SerializedString("BOOL");
    private static final SerializableString NULL = new SerializedString("NULL");
    private static final SerializableString L = new SerializedString("L");
    private static final SerializableString M = new SerializedString("M");
    private static final SerializableString SS = new SerializedString("SS");
    private static final SerializableString NS = new SerializedString("NS");
    private static final SerializableString BS = new SerializedString("BS");

    private AttributeValues() {
    }

    /**
     * Writes a map of attribute values, such as an item or a key, as a JSON object.
     *
     * @param generator where to write
     * @param item      the attributes
     * @param path      where the map stands in the request, for error messages, such as {@code Item}
     * @throws BuilderException naming the attribute path when a value has no DynamoDB form
     */
    public static void writeItem(JsonGenerator generator, Map<?, ?> item, String path) {
        writeMap(generator, item, path);
    }

    /** @param path the map's path: a {@link String}, or a {@link ContainerPath} */
    private static void writeMap(JsonGenerator generator, Map<?, ?> map, Object path) {
        generator.writeStartObject();
        if (map instanceof ArrayMap<?, ?> snapshot) {
            // The copy that every item-writing action keeps: walked by position, with no iterator or entry objects.
            for (int position = 0; position < snapshot.size(); position++) {
                writeAttribute(generator, snapshot.keyAt(position), snapshot.valueAt(position), path);
            }
        } else {
            for (Map.Entry<?, ?> attribute : map.entrySet()) {
                writeAttribute(generator, attribute.getKey(), attribute.getValue(), path);
            }
        }
        generator.writeEndObject();
    }

    private static void writeAttribute(JsonGenerator generator, Object key, Object value, Object path) {
        String name = attributeName(key, path);
        generator.writeName(name);
        writeValue(generator, value, path, name, -1);
    }

    /**
     * Writes one attribute value as its typed JSON object, such as {@code {"N":"42"}}.
     *
     * @param generator where to write
     * @param value     the Java value
     * @param path      the attribute path, for error messages
     * @throws BuilderException naming the path when the value has no DynamoDB form
     */
    public static void writeValue(JsonGenerator generator, Object value, String path) {
        writeValue(generator, value, path, null, -1);
    }

    /**
     * The path of a map or list inside another, kept in its parts: the text is built only when a message needs
     * it, so that the success path costs no string.
     */
    private record ContainerPath(Object parent, String name, int index) {
        @Override
        public String toString() {
            return path(parent, name, index);
        }
    }

    /**
     * The attribute path of a value, built only when a message needs it.
     *
     * @param parent the path of the map or list holding the value, or the value's own path
     * @param name   the value's attribute name in a map, or {@code null}
     * @param index  the value's index in a list, or {@code -1}
     */
    private static String path(Object parent, String name, int index) {
        if (name != null) {
            return parent + "." + name;
        }
        return index >= 0 ? parent + "[" + index + "]" : parent.toString();
    }

    private static void writeValue(JsonGenerator generator, Object value, Object parent, String name, int index) {
        generator.writeStartObject();
        // Class checks first, each a single comparison, for the common scalars; the rest in a method of its own,
        // which keeps this one small enough to inline into the loops that call it.
        if (value instanceof String text) {
            generator.writeName(S);
            generator.writeString(text);
        } else if (value instanceof Number number) {
            generator.writeName(N);
            generator.writeString(numberText(number, parent, name, index));
        } else if (value instanceof Boolean bool) {
            generator.writeName(BOOL);
            generator.writeBoolean(bool);
        } else {
            writeOtherValue(generator, value, parent, name, index);
        }
        generator.writeEndObject();
    }

    /**
     * The other Java forms, told apart by one lookup per class: a chain of interface checks would scan the
     * class's supertypes for each check that fails, as a Set fails Map and List before it matches.
     */
    private static void writeOtherValue(JsonGenerator generator, Object value, Object parent, String name,
            int index) {
        if (value == null) {
            generator.writeName(NULL);
            generator.writeBoolean(true);
            return;
        }
        switch (Shape.OF.get(value.getClass())) {
            case BINARY -> {
                generator.writeName(B);
                generator.writeBinary(bytes(value));
            }
            case MAP -> {
                generator.writeName(M);
                writeMap(generator, (Map<?, ?>) value, new ContainerPath(parent, name, index));
            }
            case LIST -> {
                generator.writeName(L);
                writeList(generator, (List<?>) value, new ContainerPath(parent, name, index));
            }
            case SET -> writeSet(generator, (Set<?>) value, parent, name, index);
            case TEXT -> {
                generator.writeName(S);
                generator.writeString(value.toString());
            }
            case NONE -> throw new BuilderException("Attribute " + path(parent, name, index) + " is a "
                    + value.getClass().getName() + ", which has no DynamoDB form. Use a String, a Number, a"
                    + " Boolean, byte[] or ByteBuffer, a List, a Map with String keys, a non-empty Set of strings,"
                    + " numbers or binaries, or null");
        }
    }

    /** What a class of value is written as, beyond the common scalars; the first that applies, in this order. */
    private enum Shape {
        BINARY, MAP, LIST, SET, TEXT, NONE;

        static final ClassValue<Shape> OF = new ClassValue<>() {
            @Override
            protected Shape computeValue(Class<?> type) {
                if (type == byte[].class || ByteBuffer.class.isAssignableFrom(type)) {
                    return BINARY;
                }
                if (Map.class.isAssignableFrom(type)) {
                    return MAP;
                }
                if (List.class.isAssignableFrom(type)) {
                    return LIST;
                }
                if (Set.class.isAssignableFrom(type)) {
                    return SET;
                }
                return CharSequence.class.isAssignableFrom(type) ? TEXT : NONE;
            }
        };
    }

    /**
     * Writes a JSON array of attribute values, such as an {@code L} value or a legacy {@code AttributeValueList}.
     *
     * @param generator where to write
     * @param list      the Java values
     * @param path      the list's path, for error messages
     */
    public static void writeList(JsonGenerator generator, List<?> list, String path) {
        writeList(generator, list, (Object) path);
    }

    /** @param path the list's path: a {@link String}, or a {@link ContainerPath} */
    private static void writeList(JsonGenerator generator, List<?> list, Object path) {
        generator.writeStartArray();
        int index = 0;
        for (Object element : list) {
            writeValue(generator, element, path, null, index++);
        }
        generator.writeEndArray();
    }

    private static void writeSet(JsonGenerator generator, Set<?> set, Object parent, String name, int index) {
        Iterator<?> elements = set.iterator();
        if (!elements.hasNext()) {
            throw new BuilderException("Attribute " + path(parent, name, index) + " is an empty set, which DynamoDB"
                    + " cannot store. Remove the attribute, or store an empty List instead");
        }
        Object first = elements.next();
        SetKind kind = SetKind.of(first, parent, name, index);
        generator.writeName(kind.name);
        generator.writeStartArray();
        writeSetElement(generator, kind, first, parent, name, index);
        while (elements.hasNext()) {
            Object element = elements.next();
            if (SetKind.of(element, parent, name, index) != kind) {
                throw mixedSet(kind, element, parent, name, index);
            }
            writeSetElement(generator, kind, element, parent, name, index);
        }
        generator.writeEndArray();
    }

    private static BuilderException mixedSet(SetKind kind, Object element, Object parent, String name, int index) {
        return new BuilderException("Attribute " + path(parent, name, index) + " is a set that mixes "
                + kind.description + " with a " + element.getClass().getName()
                + ". A DynamoDB set holds one type: strings (SS), numbers (NS) or binaries (BS)");
    }

    private static void writeSetElement(JsonGenerator generator, SetKind kind, Object element, Object parent,
            String name, int index) {
        switch (kind) {
            case STRINGS -> generator.writeString(element.toString());
            case NUMBERS -> generator.writeString(numberText((Number) element, parent, name, index));
            case BINARIES -> generator.writeBinary(bytes(element));
        }
    }

    private enum SetKind {
        STRINGS(SS, "strings"), NUMBERS(NS, "numbers"), BINARIES(BS, "binaries");

        final SerializableString name;
        final String description;

        SetKind(SerializableString name, String description) {
            this.name = name;
            this.description = description;
        }

        /** Class checks first, as in writeValue: a failed interface check scans the class's supertypes. */
        static SetKind of(Object element, Object parent, String attribute, int index) {
            if (element instanceof String) {
                return STRINGS;
            }
            if (element instanceof Number) {
                return NUMBERS;
            }
            if (element instanceof byte[] || element instanceof ByteBuffer) {
                return BINARIES;
            }
            if (element instanceof CharSequence) {
                return STRINGS;
            }
            throw new BuilderException("Attribute " + path(parent, attribute, index) + " is a set holding "
                    + (element == null ? "null" : "a " + element.getClass().getName())
                    + ". A DynamoDB set holds only strings (SS), numbers (NS) or binaries (BS), never null");
        }
    }

    private static String attributeName(Object key, Object path) {
        if (key instanceof String name) {
            return name;
        }
        throw new BuilderException("Map " + path + " has a key that is "
                + (key == null ? "null" : "a " + key.getClass().getName() + " (" + key + ")")
                + ". Attribute names must be Strings");
    }

    private static byte[] bytes(Object binary) {
        if (binary instanceof byte[] array) {
            return array;
        }
        ByteBuffer buffer = ((ByteBuffer) binary).duplicate();
        byte[] array = new byte[buffer.remaining()];
        buffer.get(array);
        return array;
    }

    /** The exact decimal text of a number, refusing what DynamoDB cannot store. */
    static String numberText(Number number, String path) {
        return numberText(number, path, null, -1);
    }

    private static String numberText(Number number, Object parent, String name, int index) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte) {
            return number.toString();
        }
        BigDecimal decimal;
        if (number instanceof BigDecimal big) {
            decimal = big;
        } else if (number instanceof BigInteger big) {
            decimal = new BigDecimal(big);
        } else if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new BuilderException("Attribute " + path(parent, name, index) + " is " + number
                        + ", which DynamoDB cannot store: numbers must be finite");
            }
            // Float.toString keeps a float's shortest decimal form; widening to double first would not.
            decimal = new BigDecimal(number instanceof Float ? number.toString() : Double.toString(value));
        } else {
            throw new BuilderException("Attribute " + path(parent, name, index) + " is a "
                    + number.getClass().getName() + ", a Number LowVoltage does not convert. Pass an Integer, Long,"
                    + " Short, Byte, BigInteger, BigDecimal, Double or Float");
        }
        // Stripping trailing zeros only lowers the precision: at most 38 digits before, at most 38 after.
        if (decimal.precision() <= MAX_DIGITS) {
            return decimal.toString();
        }
        BigDecimal stripped = decimal.stripTrailingZeros();
        if (stripped.precision() > MAX_DIGITS) {
            throw new BuilderException("Attribute " + path(parent, name, index) + " is " + decimal + ", which has "
                    + stripped.precision() + " significant digits; DynamoDB keeps at most 38. Round it first");
        }
        return decimal.toString();
    }

    /**
     * Reads a map of attribute values, such as an item or a key.
     *
     * @param parser positioned on the map's {@code START_OBJECT}
     * @return the item, unmodifiable, in the order the attributes arrived
     */
    public static Item readItem(JsonParser parser) {
        Json.expect(parser, JsonToken.START_OBJECT);
        ArrayMap.Builder<String, Object> attributes = new ArrayMap.Builder<>(8);
        String name;
        while ((name = parser.nextName()) != null) {
            parser.nextToken();
            attributes.put(name, readValue(parser));
        }
        Json.expect(parser, JsonToken.END_OBJECT);
        return Item.wrap(attributes.build());
    }

    /**
     * Reads one attribute value, such as {@code {"N":"42"}}.
     *
     * @param parser positioned on the value's {@code START_OBJECT}
     * @return the Java value of the mapping above
     */
    public static Object readValue(JsonParser parser) {
        Json.expect(parser, JsonToken.START_OBJECT);
        String type = parser.nextName();
        if (type == null) {
            throw new StreamReadException(parser, "an attribute value must have a type, found {}");
        }
        parser.nextToken();
        Object value = switch (type) {
            case "S" -> parser.getString();
            case "N" -> number(parser);
            case "B" -> ByteBuffer.wrap(parser.getBinaryValue()).asReadOnlyBuffer();
            case "BOOL" -> parser.getBooleanValue();
            case "NULL" -> null;
            case "L" -> readList(parser);
            case "M" -> readItem(parser);
            case "SS", "NS", "BS" -> readSet(parser, type);
            default -> throw new StreamReadException(parser, "unknown attribute value type " + type);
        };
        if (parser.nextToken() != JsonToken.END_OBJECT) {
            throw new StreamReadException(parser, "an attribute value has exactly one type, found more after "
                    + type);
        }
        return value;
    }

    /** DynamoDB sends numbers as strings; a damaged one fails like any other malformed JSON, with its location. */
    private static BigDecimal number(JsonParser parser) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw new StreamReadException(parser, "a number (N) must be a string, found " + parser.currentToken());
        }
        try {
            // Straight from the parser's characters: BigDecimal(String) would copy a String to a char[] again.
            return new BigDecimal(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
        } catch (NumberFormatException e) {
            throw new StreamReadException(parser, "a number (N) is not a decimal number");
        }
    }

    private static List<Object> readList(JsonParser parser) {
        Json.expect(parser, JsonToken.START_ARRAY);
        List<Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            list.add(readValue(parser));
        }
        return Collections.unmodifiableList(list);
    }

    private static Set<Object> readSet(JsonParser parser, String type) {
        Json.expect(parser, JsonToken.START_ARRAY);
        ArraySet.Builder<Object> set = new ArraySet.Builder<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            set.add(switch (type) {
                case "SS" -> parser.getString();
                case "NS" -> number(parser);
                default -> ByteBuffer.wrap(parser.getBinaryValue()).asReadOnlyBuffer();
            });
        }
        return set.build();
    }
}
