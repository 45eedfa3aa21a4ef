package io.lowvoltage.expressions;

import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.internal.expressions.Placeholders;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What UpdateItem changes ({@code UpdateExpression}): a list of {@code SET}, {@code REMOVE}, {@code ADD} and
 * {@code DELETE} actions, each on one path. Start with a factory of {@link Expressions} and chain:
 * {@code set("a", 1).remove("b").add("n", 1)}, or combine parts with {@link Expressions#update(UpdateExpression, UpdateExpression...)}.
 *
 * <p>Rendering groups the actions by clause, in the order SET, REMOVE, ADD, DELETE, keeping the order of calls
 * within each. Two actions on the same or overlapping paths ({@code a} and {@code a.b}) fail with
 * {@link BuilderException} when added, as DynamoDB would reject them. Immutable and thread-safe: each method
 * returns a new expression.
 *
 * @see <a href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.UpdateExpressions.html">Update
 *      expressions</a>
 */
public final class UpdateExpression {
    static {
        Rendering.install();
    }

    private enum Clause { SET, REMOVE, ADD, DELETE }

    private record Action(Clause clause, Attribute attribute, UpdateValue value) {
    }

    private final List<Action> actions;

    private UpdateExpression(List<Action> actions) {
        this.actions = actions;
    }

    /** The start of every update the factories of {@link Expressions} make; never rendered, as they add one action. */
    static final UpdateExpression NONE = new UpdateExpression(List.of());

    /**
     * @param path  the attribute to set, parsed as {@link Path#parse(String)}
     * @param value a value, an {@link UpdateValue} such as {@code attribute("n").plus(1)}, or an attribute to copy
     * @return this update with {@code SET path = value} added
     */
    public UpdateExpression set(String path, Object value) {
        return set(Expressions.attribute(path), value);
    }

    /**
     * @param attribute the attribute to set
     * @param value     a value, an {@link UpdateValue} such as {@code attribute("n").plus(1)}, or an attribute
     * @return this update with {@code SET attribute = value} added
     */
    public UpdateExpression set(Attribute attribute, Object value) {
        return with(Clause.SET, attribute, UpdateFunction.value(value));
    }

    /**
     * @param path  the attribute to set, parsed as {@link Path#parse(String)}
     * @param value the value to give it if it has none
     * @return this update with {@code SET path = if_not_exists(path, value)} added
     */
    public UpdateExpression setIfNotExists(String path, Object value) {
        return setIfNotExists(Expressions.attribute(path), value);
    }

    /**
     * @param attribute the attribute to set
     * @param value     the value to give it if it has none
     * @return this update with {@code SET attribute = if_not_exists(attribute, value)} added
     */
    public UpdateExpression setIfNotExists(Attribute attribute, Object value) {
        return set(attribute, Expressions.ifNotExists(attribute, value));
    }

    /**
     * @param paths the attributes to remove, each parsed as {@link Path#parse(String)}
     * @return this update with {@code REMOVE paths} added
     */
    public UpdateExpression remove(String... paths) {
        UpdateExpression result = this;
        for (String path : paths) {
            result = result.remove(Expressions.attribute(path));
        }
        return result;
    }

    /**
     * @param attributes the attributes (or list elements) to remove
     * @return this update with {@code REMOVE attributes} added
     */
    public UpdateExpression remove(Attribute... attributes) {
        UpdateExpression result = this;
        for (Attribute attribute : attributes) {
            result = result.with(Clause.REMOVE, attribute, null);
        }
        return result;
    }

    /**
     * @param path  the number or set attribute to add to, parsed as {@link Path#parse(String)}
     * @param value a number to add, or a set whose elements to add
     * @return this update with {@code ADD path value} added
     */
    public UpdateExpression add(String path, Object value) {
        return add(Expressions.attribute(path), value);
    }

    /**
     * @param attribute the number or set attribute to add to
     * @param value     a number to add, or a set whose elements to add
     * @return this update with {@code ADD attribute value} added
     */
    public UpdateExpression add(Attribute attribute, Object value) {
        return with(Clause.ADD, attribute, plainValue("ADD", attribute, value));
    }

    /**
     * @param path  the set attribute to delete from, parsed as {@link Path#parse(String)}
     * @param value a set whose elements to delete
     * @return this update with {@code DELETE path value} added
     */
    public UpdateExpression delete(String path, Object value) {
        return delete(Expressions.attribute(path), value);
    }

    /**
     * @param attribute the set attribute to delete from
     * @param value     a set whose elements to delete
     * @return this update with {@code DELETE attribute value} added
     */
    public UpdateExpression delete(Attribute attribute, Object value) {
        return with(Clause.DELETE, attribute, plainValue("DELETE", attribute, value));
    }

    /**
     * @param other another update
     * @return this update with the actions of the other added
     */
    public UpdateExpression and(UpdateExpression other) {
        UpdateExpression result = this;
        for (Action action : other.actions) {
            result = result.with(action.clause, action.attribute, action.value);
        }
        return result;
    }

    private static Value plainValue(String clause, Attribute attribute, Object value) {
        if (value instanceof Value explicit) {
            return explicit;
        }
        if (value instanceof Operand || value instanceof UpdateValue) {
            throw new BuilderException(clause + " " + attribute + " takes a value, and it gets " + value
                    + ": use SET with plus(...) to add an attribute's value");
        }
        return new Value(value);
    }

    private UpdateExpression with(Clause clause, Attribute attribute, UpdateValue value) {
        Objects.requireNonNull(attribute, "attribute");
        for (Action existing : actions) {
            if (existing.attribute.path().overlaps(attribute.path())) {
                throw new BuilderException("An update expression changes " + existing.attribute + " ("
                        + existing.clause + ") and " + attribute + " (" + clause + "): DynamoDB rejects two"
                        + " actions on the same or overlapping document paths. Keep one of them");
            }
        }
        List<Action> extended = new ArrayList<>(actions.size() + 1);
        extended.addAll(actions);
        extended.add(new Action(clause, attribute, value));
        return new UpdateExpression(List.copyOf(extended));
    }

    void render(StringBuilder out, Placeholders placeholders) {
        for (Clause clause : Clause.values()) {
            boolean first = true;
            for (Action action : actions) {
                if (action.clause != clause) {
                    continue;
                }
                if (first) {
                    if (out.length() > 0) {
                        out.append(' ');
                    }
                    out.append(clause.name()).append(' ');
                    first = false;
                } else {
                    out.append(", ");
                }
                action.attribute.render(out, placeholders);
                if (clause == Clause.SET) {
                    out.append(" = ");
                    UpdateFunction.render(action.value, out, placeholders);
                } else if (clause != Clause.REMOVE) {
                    out.append(' ');
                    UpdateFunction.render(action.value, out, placeholders);
                }
            }
        }
    }

    /** @return the update in DynamoDB's syntax, with names and values in place of placeholders */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        render(out, Placeholders.forDisplay());
        return out.toString();
    }
}
