package io.lowvoltage.internal.collect;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An unmodifiable map in insertion order, held in one array of alternating keys and values with a
 * {@link HashSlots} index: about half the memory of a {@code LinkedHashMap} and no node per entry, which is what
 * items read back and the items of write requests are made of. A key repeated while building keeps its first
 * position and its last value. Immutable and thread-safe once built; permits a {@code null} key and values.
 *
 * @param <K> the keys
 * @param <V> the values
 */
public final class ArrayMap<K, V> extends AbstractMap<K, V> {
    private final Object[] entries;
    private final int size;
    /**
     * Built with the map when keys may repeat; for a copy of a map, whose keys are distinct, on the first lookup:
     * the copies that actions keep are only ever walked. Racy but safe: a {@link HashSlots} is immutable.
     */
    private HashSlots slots;

    private ArrayMap(Object[] entries, int size, HashSlots slots) {
        this.entries = entries;
        this.size = size;
        this.slots = slots;
    }

    /**
     * A snapshot of a map: later changes to it do not show here.
     *
     * @param map the map to copy
     * @return its entries, in its iteration order
     */
    public static <K, V> ArrayMap<K, V> copyOf(Map<? extends K, ? extends V> map) {
        Builder<K, V> builder = new Builder<>(map.size());
        for (Map.Entry<? extends K, ? extends V> entry : map.entrySet()) {
            builder.put(entry.getKey(), entry.getValue());
        }
        return new ArrayMap<>(builder.entries, builder.count, null);
    }

    /** Collects entries for one map; not thread-safe, and done after {@link #build()}. */
    public static final class Builder<K, V> {
        private Object[] entries;
        private int count;

        /** @param expected how many entries to make room for at first */
        public Builder(int expected) {
            entries = new Object[2 * Math.max(expected, 1)];
        }

        /**
         * @param key   the key
         * @param value its value
         */
        public void put(K key, V value) {
            if (2 * count == entries.length) {
                entries = Arrays.copyOf(entries, 2 * entries.length);
            }
            entries[2 * count] = key;
            entries[2 * count + 1] = value;
            count++;
        }

        /** @return the map, which takes over this builder's array */
        public ArrayMap<K, V> build() {
            HashSlots slots = HashSlots.index(entries, 2, count);
            return new ArrayMap<>(entries, slots.count(), slots);
        }
    }

    /**
     * @param position from zero to {@code size() - 1}, in insertion order
     * @return the key there
     */
    @SuppressWarnings("unchecked")
    public K keyAt(int position) {
        return (K) entries[2 * position];
    }

    /**
     * @param position from zero to {@code size() - 1}, in insertion order
     * @return the value there
     */
    @SuppressWarnings("unchecked")
    public V valueAt(int position) {
        return (V) entries[2 * position + 1];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public V get(Object key) {
        int position = slots().find(entries, 2, key);
        return position < 0 ? null : valueAt(position);
    }

    @Override
    public boolean containsKey(Object key) {
        return slots().find(entries, 2, key) >= 0;
    }

    private HashSlots slots() {
        HashSlots index = slots;
        if (index == null) {
            index = HashSlots.indexDistinct(entries, 2, size);
            slots = index;
        }
        return index;
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        for (int position = 0; position < size(); position++) {
            action.accept(keyAt(position), valueAt(position));
        }
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<K, V>> iterator() {
                return new PositionIterator<>(size(),
                        position -> new SimpleImmutableEntry<>(keyAt(position), valueAt(position)));
            }

            @Override
            public int size() {
                return ArrayMap.this.size();
            }
        };
    }
}
