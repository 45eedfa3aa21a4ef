package io.lowvoltage.internal;

import java.util.Collection;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Adds the values of variadic setters to a collection, refusing nulls with the member's name, so that every
 * action takes values, arrays, iterables and streams alike.
 */
public final class Variadic {
    private Variadic() {
    }

    /** Adds each value, refusing null ones. */
    @SafeVarargs
    public static <T> void addAll(Collection<? super T> target, String member, T... values) {
        Objects.requireNonNull(values, member);
        for (T value : values) {
            target.add(Objects.requireNonNull(value, () -> member + " must not hold null"));
        }
    }

    /** Adds each value, refusing null ones. */
    public static <T> void addAll(Collection<? super T> target, String member, Iterable<? extends T> values) {
        Objects.requireNonNull(values, member);
        for (T value : values) {
            target.add(Objects.requireNonNull(value, () -> member + " must not hold null"));
        }
    }

    /** Adds each value, refusing null ones; consumes the stream. */
    public static <T> void addAll(Collection<? super T> target, String member, Stream<? extends T> values) {
        Objects.requireNonNull(values, member);
        values.forEachOrdered(value -> target.add(Objects.requireNonNull(value, () -> member + " must not hold null")));
    }
}
