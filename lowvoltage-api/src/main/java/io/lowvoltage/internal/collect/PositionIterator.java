package io.lowvoltage.internal.collect;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

/** Iterates positions 0 to size - 1 of an array-backed collection, in order, reading each with a function. */
final class PositionIterator<T> implements Iterator<T> {
    private final int size;
    private final IntFunction<T> at;
    private int next;

    PositionIterator(int size, IntFunction<T> at) {
        this.size = size;
        this.at = at;
    }

    @Override
    public boolean hasNext() {
        return next < size;
    }

    @Override
    public T next() {
        if (next >= size) {
            throw new NoSuchElementException();
        }
        return at.apply(next++);
    }
}
