package io.lowvoltage.internal.collect;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;

/**
 * An unmodifiable set in insertion order, held in one array with a {@link HashSlots} index: no node per element,
 * which is what the string, number and binary sets of items read back are made of. Immutable and thread-safe once
 * built.
 *
 * @param <E> the elements
 */
public final class ArraySet<E> extends AbstractSet<E> {
    private final Object[] elements;
    private final HashSlots slots;

    private ArraySet(Object[] elements, int count) {
        this.slots = HashSlots.index(elements, 1, count);
        this.elements = elements;
    }

    /** Collects elements for one set; not thread-safe, and done after {@link #build()}. */
    public static final class Builder<E> {
        private Object[] elements = new Object[8];
        private int count;

        /** @param element the element; one equal to an earlier element is dropped */
        public void add(E element) {
            if (count == elements.length) {
                elements = Arrays.copyOf(elements, 2 * elements.length);
            }
            elements[count++] = element;
        }

        /** @return the set, which takes over this builder's array */
        public ArraySet<E> build() {
            return new ArraySet<>(elements, count);
        }
    }

    @Override
    public int size() {
        return slots.count();
    }

    @Override
    public boolean contains(Object element) {
        return slots.find(elements, 1, element) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Iterator<E> iterator() {
        return new PositionIterator<>(size(), position -> (E) elements[position]);
    }
}
