package io.lowvoltage;

import io.lowvoltage.internal.collect.ArrayMap;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An item, or a key, or a map attribute, as read back from DynamoDB: an unmodifiable
 * {@code Map<String, Object>} in the order DynamoDB sent it, with typed accessors for the common reads.
 *
 * <p>Values follow LowVoltage's attribute-value mapping: S is a {@link String}, N a {@link BigDecimal} (exact,
 * up to 38 digits), B a read-only {@link ByteBuffer}, BOOL a {@link Boolean}, NULL {@code null}, L a
 * {@link List}, M an {@code Item}, SS, NS and BS {@link Set}s of those. Writing any of these back gives the
 * same DynamoDB value. Immutable and thread-safe; equal to any map with the same entries.
 */
public final class Item extends AbstractMap<String, Object> {
    private static final Item EMPTY = new Item(Collections.emptyMap());

    private final Map<String, Object> attributes;

    private Item(Map<String, Object> attributes) {
        this.attributes = attributes;
    }

    /** @return the item with no attribute */
    public static Item empty() {
        return EMPTY;
    }

    /**
     * Copies a map into an item. The values are not converted: use this for maps that already follow the
     * mapping, such as those read from DynamoDB.
     *
     * @param attributes the attributes
     * @return an unmodifiable copy
     */
    public static Item copyOf(Map<String, ?> attributes) {
        return attributes instanceof Item item ? item : wrap(ArrayMap.copyOf(attributes));
    }

    /**
     * Wraps a freshly built map that nobody else holds, without copying it. Internal: parsers use it.
     *
     * @param attributes a map that no one modifies afterwards
     * @return the item
     */
    public static Item wrap(Map<String, Object> attributes) {
        if (attributes.isEmpty()) {
            return EMPTY;
        }
        // An ArrayMap is unmodifiable already: a wrapper would only add a step to every lookup.
        return new Item(attributes instanceof ArrayMap ? attributes : Collections.unmodifiableMap(attributes));
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return attributes.entrySet();
    }

    @Override
    public Object get(Object name) {
        return attributes.get(name);
    }

    @Override
    public boolean containsKey(Object name) {
        return attributes.containsKey(name);
    }

    @Override
    public int size() {
        return attributes.size();
    }

    /**
     * @param name an attribute name
     * @return the S value, or {@code null} when the attribute is absent or NULL
     * @throws ClassCastException with the attribute's name when it is not a string
     */
    public String getString(String name) {
        return as(name, String.class, "a string (S)");
    }

    /**
     * @param name an attribute name
     * @return the exact N value, or {@code null} when the attribute is absent or NULL
     * @throws ClassCastException with the attribute's name when it is not a number
     */
    public BigDecimal getNumber(String name) {
        return as(name, BigDecimal.class, "a number (N)");
    }

    /**
     * @param name an attribute name
     * @return the N value as an int
     * @throws NoSuchElementException when the attribute is absent or NULL
     * @throws ArithmeticException when the number is not an int
     */
    public int getInt(String name) {
        return present(name, getNumber(name)).intValueExact();
    }

    /**
     * @param name an attribute name
     * @return the N value as a long
     * @throws NoSuchElementException when the attribute is absent or NULL
     * @throws ArithmeticException when the number is not a long
     */
    public long getLong(String name) {
        return present(name, getNumber(name)).longValueExact();
    }

    /**
     * @param name an attribute name
     * @return the N value as the nearest double
     * @throws NoSuchElementException when the attribute is absent or NULL
     */
    public double getDouble(String name) {
        return present(name, getNumber(name)).doubleValue();
    }

    /**
     * @param name an attribute name
     * @return the BOOL value
     * @throws NoSuchElementException when the attribute is absent or NULL
     */
    public boolean getBoolean(String name) {
        return present(name, as(name, Boolean.class, "a boolean (BOOL)"));
    }

    /**
     * @param name an attribute name
     * @return a copy of the B value's bytes, or {@code null} when the attribute is absent or NULL
     */
    public byte[] getBytes(String name) {
        ByteBuffer buffer = as(name, ByteBuffer.class, "a binary (B)");
        if (buffer == null) {
            return null;
        }
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }

    /**
     * @param name an attribute name
     * @return the L value, or {@code null} when the attribute is absent or NULL
     */
    @SuppressWarnings("unchecked")
    public List<Object> getList(String name) {
        return as(name, List.class, "a list (L)");
    }

    /**
     * @param name an attribute name
     * @return the M value, or {@code null} when the attribute is absent or NULL
     */
    public Item getMap(String name) {
        return as(name, Item.class, "a map (M)");
    }

    /**
     * @param name an attribute name
     * @return the SS value, or {@code null} when the attribute is absent or NULL
     */
    @SuppressWarnings("unchecked")
    public Set<String> getStringSet(String name) {
        return typedSet(name, String.class, "a string set (SS)");
    }

    /**
     * @param name an attribute name
     * @return the NS value, or {@code null} when the attribute is absent or NULL
     */
    @SuppressWarnings("unchecked")
    public Set<BigDecimal> getNumberSet(String name) {
        return typedSet(name, BigDecimal.class, "a number set (NS)");
    }

    /**
     * @param name an attribute name
     * @return the BS value, or {@code null} when the attribute is absent or NULL
     */
    @SuppressWarnings("unchecked")
    public Set<ByteBuffer> getBinarySet(String name) {
        return typedSet(name, ByteBuffer.class, "a binary set (BS)");
    }

    @SuppressWarnings("rawtypes")
    private Set typedSet(String name, Class<?> elementType, String description) {
        Set<?> set = as(name, Set.class, description);
        if (set != null && !elementType.isInstance(set.iterator().next())) {
            throw mismatch(name, description);
        }
        return set;
    }

    private <T> T as(String name, Class<T> type, String description) {
        Object value = attributes.get(name);
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        throw mismatch(name, description);
    }

    private ClassCastException mismatch(String name, String description) {
        Object value = attributes.get(name);
        return new ClassCastException("Attribute " + name + " is a " + value.getClass().getSimpleName()
                + " (" + value + "), not " + description);
    }

    private <T> T present(String name, T value) {
        if (value == null) {
            throw new NoSuchElementException("Attribute " + name
                    + (attributes.containsKey(name) ? " is NULL" : " is absent; the item has " + keySet()));
        }
        return value;
    }
}
