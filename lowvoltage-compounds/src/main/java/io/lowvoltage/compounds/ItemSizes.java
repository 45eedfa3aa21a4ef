package io.lowvoltage.compounds;

import io.lowvoltage.exceptions.BuilderException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sizes of items and keys, computed from the Java values before anything is sent, and their DynamoDB identity.
 *
 * <p>{@link #itemSize} follows DynamoDB's item size rules
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html), rounding
 * up where the rules say "approximately". {@link #jsonSize} bounds the bytes the value takes in a request body,
 * which is what the 16 MB request limit counts: base64 for binaries, JSON escapes for strings.
 */
final class ItemSizes {
    /** DynamoDB's item size limit: 400 KB. */
    static final long MAX_ITEM_SIZE = 400 * 1024;

    private ItemSizes() {
    }

    /**
     * @param item an item, following the attribute value mapping
     * @param path where it stands, for messages
     * @return its size as DynamoDB counts it, rounded up
     * @throws BuilderException when a value has no DynamoDB form
     */
    static long itemSize(Map<?, ?> item, String path) {
        long size = 0;
        for (Map.Entry<?, ?> entry : item.entrySet()) {
            size += utf8Length(name(entry.getKey(), path)) + valueSize(entry.getValue(), path + "." + entry.getKey());
        }
        return size;
    }

    private static long valueSize(Object value, String path) {
        if (value == null || value instanceof Boolean) {
            return 1;
        } else if (value instanceof CharSequence text) {
            return utf8Length(text);
        } else if (value instanceof Number number) {
            // "1 byte per two significant digits, plus 1 byte"; leading and trailing zeros do not count.
            int digits = decimal(number, path).stripTrailingZeros().precision();
            return (digits + 1) / 2 + 1;
        } else if (value instanceof byte[] bytes) {
            return bytes.length;
        } else if (value instanceof ByteBuffer buffer) {
            return buffer.remaining();
        } else if (value instanceof Map<?, ?> map) {
            // 3 bytes for the map, and 1 per element, as DynamoDB counts documents.
            long size = 3;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                size += 1 + utf8Length(name(entry.getKey(), path))
                        + valueSize(entry.getValue(), path + "." + entry.getKey());
            }
            return size;
        } else if (value instanceof List<?> list) {
            long size = 3;
            for (int i = 0; i < list.size(); i++) {
                size += 1 + valueSize(list.get(i), path + "[" + i + "]");
            }
            return size;
        } else if (value instanceof Set<?> set) {
            requireNonEmpty(set, path);
            long size = 0;
            for (Object element : set) {
                size += valueSize(element, path);
            }
            return size;
        }
        throw noForm(value, path);
    }

    /**
     * @param item an item or key
     * @param path where it stands, for messages
     * @return an upper bound of its bytes in a JSON request body, attribute value wrappers included
     */
    static long jsonSize(Map<?, ?> item, String path) {
        long size = 2;
        for (Map.Entry<?, ?> entry : item.entrySet()) {
            size += jsonStringLength(name(entry.getKey(), path)) + 2 + valueJsonSize(entry.getValue());
        }
        return size;
    }

    private static long valueJsonSize(Object value) {
        // {"NULL":true} is the longest wrapper of a scalar: 13 bytes around the value at most.
        long wrapper = 13;
        if (value == null || value instanceof Boolean) {
            return wrapper;
        } else if (value instanceof CharSequence text) {
            return wrapper + jsonStringLength(text);
        } else if (value instanceof Number number) {
            return wrapper + 2 + decimal(number, "").toString().length();
        } else if (value instanceof byte[] bytes) {
            return wrapper + base64Length(bytes.length);
        } else if (value instanceof ByteBuffer buffer) {
            return wrapper + base64Length(buffer.remaining());
        } else if (value instanceof Map<?, ?> map) {
            return wrapper + jsonSize(map, "");
        } else if (value instanceof List<?> list) {
            long size = wrapper + 2;
            for (Object element : list) {
                size += 1 + valueJsonSize(element);
            }
            return size;
        } else if (value instanceof Set<?> set) {
            long size = wrapper + 2;
            for (Object element : set) {
                // Set elements are bare strings: never longer than a wrapped value.
                size += 1 + valueJsonSize(element);
            }
            return size;
        }
        return wrapper + jsonStringLength(String.valueOf(value));
    }

    /**
     * @param value an attribute value
     * @param path  where it stands, for messages
     * @return a value equal to another's exactly when DynamoDB sees the same value: numbers compared by value,
     *     binaries by content
     */
    static Object identity(Object value, String path) {
        if (value == null || value instanceof Boolean) {
            return value;
        } else if (value instanceof CharSequence text) {
            return text.toString();
        } else if (value instanceof Number number) {
            BigDecimal decimal = decimal(number, path);
            return decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
        } else if (value instanceof byte[] bytes) {
            return ByteBuffer.wrap(bytes);
        } else if (value instanceof ByteBuffer buffer) {
            return buffer.duplicate();
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> identity = new HashMap<>();
            map.forEach((name, element) -> identity.put(name(name, path), identity(element, path + "." + name)));
            return identity;
        } else if (value instanceof List<?> list) {
            List<Object> identity = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                identity.add(identity(list.get(i), path + "[" + i + "]"));
            }
            return identity;
        } else if (value instanceof Set<?> set) {
            Set<Object> identity = new HashSet<>();
            for (Object element : set) {
                identity.add(identity(element, path));
            }
            return identity;
        }
        throw noForm(value, path);
    }

    /** @return a short description of an item for messages: its first attributes, long values cut */
    static String describe(Map<?, ?> item) {
        StringBuilder text = new StringBuilder("{");
        int shown = 0;
        for (Map.Entry<?, ?> entry : item.entrySet()) {
            if (shown == 3) {
                text.append(", ...");
                break;
            }
            String value = entry.getValue() instanceof byte[] bytes ? "<" + bytes.length + " bytes>"
                    : String.valueOf(entry.getValue());
            text.append(shown++ == 0 ? "" : ", ").append(entry.getKey()).append('=')
                    .append(value.length() > 40 ? value.substring(0, 40) + "..." : value);
        }
        return text.append('}').toString();
    }

    private static String name(Object name, String path) {
        if (!(name instanceof String text)) {
            throw new BuilderException("Attribute names must be strings, and " + path + " has the name " + name
                    + (name == null ? "" : " (" + name.getClass().getName() + ")") + ". Use String keys");
        }
        return text;
    }

    private static BigDecimal decimal(Number number, String path) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        } else if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        } else if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new BuilderException("The number at " + path + " is " + value
                        + ", which DynamoDB cannot store. Use a finite number, or null for DynamoDB's NULL");
            }
            return new BigDecimal(number.toString());
        }
        return BigDecimal.valueOf(number.longValue());
    }

    private static void requireNonEmpty(Set<?> set, String path) {
        if (set.isEmpty()) {
            throw new BuilderException("The set at " + path + " is empty, and DynamoDB has no empty sets. Leave the"
                    + " attribute out, or use an empty List");
        }
    }

    private static BuilderException noForm(Object value, String path) {
        return new BuilderException("The value at " + path + " is a " + value.getClass().getName()
                + ", which has no DynamoDB form. Use a String, Number, Boolean, byte[], ByteBuffer, List, Map or"
                + " Set of those, or null");
    }

    private static long base64Length(long bytes) {
        return 4 * ((bytes + 2) / 3);
    }

    static long utf8Length(CharSequence text) {
        long length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // A surrogate pair is 4 bytes in all: 2 for each half.
            length += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return length;
    }

    private static long jsonStringLength(CharSequence text) {
        long length = 2;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                length += 2;
            } else if (c < 0x20) {
                length += 6;
            } else {
                length += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
            }
        }
        return length;
    }
}
