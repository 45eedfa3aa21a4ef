package io.lowvoltage.expressions;

import io.lowvoltage.internal.expressions.Placeholders;
import java.util.List;
import java.util.Objects;

/**
 * An attribute of the item, named by a {@link Path}, as it appears in expressions: compared in conditions,
 * tested by functions ({@link #exists()}, {@link #beginsWith(Object)}...), and assigned or read in updates.
 * Made by {@link Expressions#attribute(String)}, {@link Expressions#name(String)} or
 * {@link Expressions#attribute(Path)}. Immutable and thread-safe.
 */
public final class Attribute extends Operand implements UpdateOperand {
    private final Path path;

    Attribute(Path path) {
        this.path = Objects.requireNonNull(path, "path");
    }

    /** @return the document path of this attribute */
    public Path path() {
        return path;
    }

    /**
     * @param name a nested map key, used as is (dots are part of the key)
     * @return the attribute at {@code this.name}
     */
    public Attribute child(String name) {
        return new Attribute(path.child(name));
    }

    /**
     * @param index a list index, from 0
     * @return the attribute at {@code this[index]}
     */
    public Attribute index(int index) {
        return new Attribute(path.index(index));
    }

    /** @return {@code attribute_exists(this)} */
    public ConditionExpression exists() {
        return new ConditionExpression.Function("attribute_exists", List.of(this));
    }

    /** @return {@code attribute_not_exists(this)} */
    public ConditionExpression notExists() {
        return new ConditionExpression.Function("attribute_not_exists", List.of(this));
    }

    /**
     * @param type the DynamoDB type the attribute must have
     * @return {@code attribute_type(this, type)}
     */
    public ConditionExpression type(AttributeType type) {
        return new ConditionExpression.Function("attribute_type",
                List.of(this, new Value(Objects.requireNonNull(type, "type").name())));
    }

    /**
     * @param prefix a string or binary value, or an operand
     * @return {@code begins_with(this, prefix)}
     */
    public ConditionExpression beginsWith(Object prefix) {
        return new ConditionExpression.Function("begins_with", List.of(this, of(prefix)));
    }

    /**
     * @param element a substring of a string attribute, or an element of a set or list attribute; or an operand
     * @return {@code contains(this, element)}
     */
    public ConditionExpression contains(Object element) {
        return new ConditionExpression.Function("contains", List.of(this, of(element)));
    }

    /** @return {@code size(this)}, to compare */
    public Operand size() {
        return new Size(this);
    }

    @Override
    void render(StringBuilder out, Placeholders placeholders) {
        path.render(out, placeholders);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attribute that && path.equals(that.path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }
}
