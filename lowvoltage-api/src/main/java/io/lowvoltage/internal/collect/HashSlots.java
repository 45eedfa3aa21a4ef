package io.lowvoltage.internal.collect;

import java.util.Arrays;
import java.util.Objects;

/**
 * The hash index of a compact map or set: an open-addressing table of positions into the array that holds the
 * entries, so that a lookup needs no node object per entry. Entries take {@code stride} cells of that array, the
 * key first. Built once, then read-only and safe to share.
 */
final class HashSlots {
    /** Up to this many entries, comparing keys one by one costs less than hashing them and an index to fill. */
    private static final int SCAN_MAX = 8;

    /** An entry's position plus one, zero marking an empty slot; {@code null} when entries are few enough to scan. */
    private final int[] slots;
    private final int count;

    private HashSlots(int[] slots, int count) {
        this.slots = slots;
        this.count = count;
    }

    /**
     * Indexes the first {@code count} entries of an array, removing repeated keys in place the way a
     * {@code LinkedHashMap} would: a key keeps its first position and takes the last entry's other cells.
     *
     * @param entries the entries, owned by the caller, compacted in place when a key repeats
     * @param stride  the cells of one entry
     * @param count   how many entries are filled
     * @return the index, whose {@link #count()} tells how many distinct entries remain
     */
    static HashSlots index(Object[] entries, int stride, int count) {
        return build(entries, stride, count, true);
    }

    /**
     * Indexes entries whose keys are distinct already, such as a copy of a map, without touching the array:
     * safe to call while other threads read it. Should a key repeat all the same, its first entry is the one found.
     *
     * @param entries the entries
     * @param stride  the cells of one entry
     * @param count   how many entries are filled
     * @return the index
     */
    static HashSlots indexDistinct(Object[] entries, int stride, int count) {
        return build(entries, stride, count, false);
    }

    private static HashSlots build(Object[] entries, int stride, int count, boolean compact) {
        // At most half full, so that probe sequences stay short.
        int[] slots = count > SCAN_MAX ? new int[Integer.highestOneBit(count * 4 - 1)] : null;
        HashSlots index = new HashSlots(slots, 0);
        int kept = 0;
        for (int position = 0; position < count; position++) {
            Object key = entries[position * stride];
            int first = compact ? index.find(entries, stride, key, kept) : -1;
            if (first >= 0) {
                System.arraycopy(entries, position * stride + 1, entries, first * stride + 1, stride - 1);
                continue;
            }
            if (kept != position) {
                System.arraycopy(entries, position * stride, entries, kept * stride, stride);
            }
            if (slots != null) {
                int slot = hash(key) & (slots.length - 1);
                while (slots[slot] != 0) {
                    slot = (slot + 1) & (slots.length - 1);
                }
                slots[slot] = kept + 1;
            }
            kept++;
        }
        if (kept < count) {
            Arrays.fill(entries, kept * stride, count * stride, null);
        }
        return new HashSlots(slots, kept);
    }

    /** @return how many distinct entries the index holds */
    int count() {
        return count;
    }

    /**
     * @param entries the array this index was built over
     * @param stride  the cells of one entry
     * @param key     the key to find
     * @return the key's entry position, or {@code -1}
     */
    int find(Object[] entries, int stride, Object key) {
        return find(entries, stride, key, count);
    }

    private int find(Object[] entries, int stride, Object key, int filled) {
        if (slots == null) {
            for (int position = 0; position < filled; position++) {
                if (Objects.equals(entries[position * stride], key)) {
                    return position;
                }
            }
            return -1;
        }
        int mask = slots.length - 1;
        for (int slot = hash(key) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            int position = slots[slot] - 1;
            if (Objects.equals(entries[position * stride], key)) {
                return position;
            }
        }
        return -1;
    }

    private static int hash(Object key) {
        // Attribute names are Strings, whose hash is cached: testing for String spares a virtual call that sees
        // strings, numbers and binaries at this one site.
        int h = key instanceof String name ? name.hashCode() : Objects.hashCode(key);
        return h ^ (h >>> 16);
    }
}
