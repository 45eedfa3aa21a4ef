package io.lowvoltage.actions;

import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.internal.Variadic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The per-table requests of a batch action, in the order the tables were first named, and the "active" table
 * that per-table setters apply to: {@code .table("T1").keys(...).table("T2").keys(...)}.
 *
 * @param <T> what the action keeps per table
 */
final class BatchTables<T> {
    private final String operation;
    private final Supplier<T> newTable;
    private final Map<String, T> tables = new LinkedHashMap<>();
    private T active;

    /**
     * @param operation the action, for messages
     * @param newTable  creates the state of a table named for the first time
     */
    BatchTables(String operation, Supplier<T> newTable) {
        this.operation = operation;
        this.newTable = newTable;
    }

    /** Makes a table active, adding it at the end unless it is already there. */
    T select(String table) {
        active = tables.computeIfAbsent(Objects.requireNonNull(table, "table"), name -> newTable.get());
        return active;
    }

    /**
     * @param setter the per-table setter called, for the message
     * @return the active table
     * @throws BuilderException when no table was selected yet
     */
    T active(String setter) {
        if (active == null) {
            throw new BuilderException(operation + "." + setter + "(...) applies to the table named last, and no"
                    + " table is named yet: call .table(name) first, such as new " + operation + "().table(\"Orders\")."
                    + setter + "(...)");
        }
        return active;
    }

    /** @return the tables in order, unmodifiable */
    Map<String, T> all() {
        return Collections.unmodifiableMap(tables);
    }

    /** The elements of a variadic argument, refusing a null array or element. Reads the array, never keeps it. */
    static <E> Stream<E> elements(String member, E[] values) {
        Objects.requireNonNull(values, member);
        List<E> elements = new ArrayList<>(values.length);
        for (E value : values) {
            elements.add(Objects.requireNonNull(value, () -> member + " must not hold null"));
        }
        return elements.stream();
    }

    /** The elements of an iterable argument, refusing a null iterable or element. */
    static <E> Stream<E> elements(String member, Iterable<E> values) {
        List<E> elements = new ArrayList<>();
        Variadic.addAll(elements, member, values);
        return elements.stream();
    }

    /**
     * A modifiable copy of a key or item; values may be null (NULL).
     *
     * @param ifNull the message when the map itself is null
     */
    static Map<String, Object> copy(String ifNull, Map<String, ?> attributes) {
        return new LinkedHashMap<>(Objects.requireNonNull(attributes, ifNull));
    }
}
