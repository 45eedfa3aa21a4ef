package io.lowvoltage.expressions;

import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.internal.expressions.Placeholders;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A document path: an attribute name followed by nested map keys and list indexes, such as {@code a.b[3].c}.
 *
 * <p>Two ways to make one. {@link #parse(String)} reads dots as nesting and {@code [n]} as list indexes, which
 * suits ordinary names. {@link #of(String, String...)} takes each argument as one name, used as is, so a name
 * may hold dots, brackets, spaces, dashes or be a reserved word: {@code Path.of("my.dotted.name")} is one
 * top-level attribute. {@link #child(String)} and {@link #index(int)} extend either kind.
 *
 * <p>Immutable and thread-safe. Names are never written raw: rendering turns each into a {@code #} placeholder.
 */
public final class Path {
    private final List<Object> elements;

    private Path(List<Object> elements) {
        this.elements = Collections.unmodifiableList(elements);
    }

    /**
     * @param name the top-level attribute name, used as is (dots and brackets are part of the name)
     * @param more nested map keys, each used as is
     * @return the path {@code name.more[0].more[1]...}
     */
    public static Path of(String name, String... more) {
        List<Object> elements = new ArrayList<>(1 + more.length);
        elements.add(checkedName(name));
        for (String key : more) {
            elements.add(checkedName(key));
        }
        return new Path(elements);
    }

    /**
     * Reads a path written with dots between names and {@code [n]} after a name for a list element, such as
     * {@code "a.b[3].c"}. For names holding dots or brackets, use {@link #of(String, String...)}.
     *
     * @param path the path text
     * @return the path
     * @throws BuilderException when the text is not a path: an empty name, an unclosed bracket, a bracket
     *                          without a number inside, or a path starting with an index
     */
    public static Path parse(String path) {
        Objects.requireNonNull(path, "path");
        List<Object> elements = new ArrayList<>();
        int i = 0;
        int length = path.length();
        while (true) {
            int start = i;
            while (i < length && path.charAt(i) != '.' && path.charAt(i) != '[') {
                i++;
            }
            if (i == start) {
                throw notAPath(path, i, "a name is empty");
            }
            elements.add(path.substring(start, i));
            while (i < length && path.charAt(i) == '[') {
                int close = path.indexOf(']', i);
                if (close < 0) {
                    throw notAPath(path, i, "the bracket is not closed");
                }
                elements.add(index(path, i, path.substring(i + 1, close)));
                i = close + 1;
            }
            if (i == length) {
                return new Path(elements);
            }
            if (path.charAt(i) != '.') {
                throw notAPath(path, i, "a dot or a bracket must follow a bracket");
            }
            i++;
        }
    }

    private static Integer index(String path, int at, String digits) {
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw notAPath(path, at, "a list index must be digits");
        }
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            throw notAPath(path, at, "the list index is too large");
        }
    }

    private static BuilderException notAPath(String path, int at, String why) {
        return new BuilderException("\"" + path + "\" is not a document path: " + why + " at character " + at
                + ". Write names separated by dots with [n] for list elements, such as \"a.b[3].c\"; for a name"
                + " that holds dots or brackets, use Path.of(name) or Expressions.name(name)");
    }

    private static String checkedName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new BuilderException("An attribute name in a document path is empty; DynamoDB names have at"
                    + " least one character");
        }
        return name;
    }

    /**
     * @param name a nested map key, used as is
     * @return this path followed by {@code .name}
     */
    public Path child(String name) {
        List<Object> extended = new ArrayList<>(elements);
        extended.add(checkedName(name));
        return new Path(extended);
    }

    /**
     * @param index a list index, from 0
     * @return this path followed by {@code [index]}
     */
    public Path index(int index) {
        if (index < 0) {
            throw new BuilderException("A list index in the document path " + this + " is " + index
                    + "; indexes start at 0");
        }
        List<Object> extended = new ArrayList<>(elements);
        extended.add(index);
        return new Path(extended);
    }

    /** @return the names (String) and list indexes (Integer) of this path, in order */
    List<Object> elements() {
        return elements;
    }

    /** @return whether this path is one of the other's prefixes, or the other is one of this one's */
    boolean overlaps(Path other) {
        int common = Math.min(elements.size(), other.elements.size());
        return elements.subList(0, common).equals(other.elements.subList(0, common));
    }

    void render(StringBuilder out, Placeholders placeholders) {
        for (int i = 0; i < elements.size(); i++) {
            Object element = elements.get(i);
            if (element instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                if (i > 0) {
                    out.append('.');
                }
                out.append(placeholders.name((String) element));
            }
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Path that && elements.equals(that.elements);
    }

    @Override
    public int hashCode() {
        return elements.hashCode();
    }

    /** @return the path as {@link #parse(String)} reads it, such as {@code a.b[3].c} */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        render(out, Placeholders.forDisplay());
        return out.toString();
    }
}
