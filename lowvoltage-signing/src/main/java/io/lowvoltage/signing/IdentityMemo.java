package io.lowvoltage.signing;

import java.util.function.Function;

/**
 * The last few results of a pure function, found by the identity of their argument: the header names, values and
 * URIs a connection signs are the same objects call after call, so comparing references finds them without
 * hashing or comparing text. Bounded: the oldest entry makes room. Not thread-safe: one per thread.
 */
final class IdentityMemo<K, V> {
    private final Object[] keys;
    private final Object[] values;
    private final Function<K, V> function;
    private int next;

    IdentityMemo(int size, Function<K, V> function) {
        this.keys = new Object[size];
        this.values = new Object[size];
        this.function = function;
    }

    @SuppressWarnings("unchecked")
    V get(K key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == key) {
                return (V) values[i];
            }
        }
        V value = function.apply(key);
        keys[next] = key;
        values[next] = value;
        next = (next + 1) % keys.length;
        return value;
    }
}
