package io.lowvoltage.expressions;

import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.internal.expressions.Placeholders;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One side of a comparison in a condition: an {@link Attribute} (a document path), a {@link Value}, or the
 * {@code size} of an attribute. Its methods make the comparisons of DynamoDB's condition syntax.
 *
 * <p>Where a method takes an {@code Object}, an {@code Operand} is used as itself and anything else is a value
 * that follows the attribute value mapping of {@link io.lowvoltage.Item} ({@code null} is NULL). So
 * {@code attribute("a").eq(attribute("b"))} compares two attributes, and {@code attribute("a").eq(3)} compares
 * to the number 3. Immutable and thread-safe.
 */
public abstract sealed class Operand permits Attribute, Value, Size {
    /** The most values {@code IN} takes, as DynamoDB documents. */
    public static final int MAX_IN_VALUES = 100;

    Operand() {
    }

    abstract void render(StringBuilder out, Placeholders placeholders);

    /**
     * @param other an operand or a value
     * @return {@code this = other}
     */
    public ConditionExpression eq(Object other) {
        return new ConditionExpression.Comparison(this, "=", of(other));
    }

    /**
     * @param other an operand or a value
     * @return {@code this <> other}
     */
    public ConditionExpression ne(Object other) {
        return new ConditionExpression.Comparison(this, "<>", of(other));
    }

    /**
     * @param other an operand or a value
     * @return {@code this < other}
     */
    public ConditionExpression lt(Object other) {
        return new ConditionExpression.Comparison(this, "<", of(other));
    }

    /**
     * @param other an operand or a value
     * @return {@code this <= other}
     */
    public ConditionExpression le(Object other) {
        return new ConditionExpression.Comparison(this, "<=", of(other));
    }

    /**
     * @param other an operand or a value
     * @return {@code this > other}
     */
    public ConditionExpression gt(Object other) {
        return new ConditionExpression.Comparison(this, ">", of(other));
    }

    /**
     * @param other an operand or a value
     * @return {@code this >= other}
     */
    public ConditionExpression ge(Object other) {
        return new ConditionExpression.Comparison(this, ">=", of(other));
    }

    /**
     * @param low  the lower bound, included: an operand or a value
     * @param high the upper bound, included: an operand or a value
     * @return {@code this BETWEEN low AND high}
     */
    public ConditionExpression between(Object low, Object high) {
        return new ConditionExpression.Between(this, of(low), of(high));
    }

    /**
     * Whether this equals one of the candidates. A single {@link Collection} argument goes to
     * {@link #in(Collection)}; to test against one list value, wrap it: {@code in(value(list))}.
     *
     * @param candidates 1 to {@value #MAX_IN_VALUES} operands or values
     * @return {@code this IN (candidates...)}
     * @throws BuilderException when there are no candidates or more than {@value #MAX_IN_VALUES}
     */
    public ConditionExpression in(Object... candidates) {
        return in(Arrays.asList(candidates));
    }

    /**
     * @param candidates 1 to {@value #MAX_IN_VALUES} operands or values
     * @return {@code this IN (candidates...)}
     * @throws BuilderException when there are no candidates or more than {@value #MAX_IN_VALUES}
     */
    public ConditionExpression in(Collection<?> candidates) {
        Objects.requireNonNull(candidates, "candidates");
        if (candidates.isEmpty() || candidates.size() > MAX_IN_VALUES) {
            throw new BuilderException("IN takes 1 to " + MAX_IN_VALUES + " values, and " + this + " IN has "
                    + candidates.size() + (candidates.isEmpty() ? ": an empty IN matches nothing, leave the"
                    : ": split the values over several conditions joined with or(...), or over several requests"
                    + ", and leave the") + " condition out when there is nothing to match");
        }
        List<Operand> operands = new ArrayList<>(candidates.size());
        for (Object candidate : candidates) {
            operands.add(of(candidate));
        }
        return new ConditionExpression.In(this, operands);
    }

    /** @return the operand itself, or a value operand for anything else */
    static Operand of(Object operandOrValue) {
        return operandOrValue instanceof Operand operand ? operand : new Value(operandOrValue);
    }

    /** @return the operand in the condition syntax, with names and values in place of placeholders */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        render(out, Placeholders.forDisplay());
        return out.toString();
    }
}
