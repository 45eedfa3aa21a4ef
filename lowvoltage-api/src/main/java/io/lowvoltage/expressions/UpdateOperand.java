package io.lowvoltage.expressions;

/**
 * An operand of a {@code SET} action: an {@link Attribute}, a {@link Value}, or one of the functions
 * {@link Expressions#ifNotExists(Attribute, Object)} and {@link Expressions#listAppend(Object, Object)}.
 * Where a method takes an {@code Object}, an {@code UpdateOperand} is used as itself and anything else is a value.
 */
public sealed interface UpdateOperand extends UpdateValue permits Attribute, Value, UpdateFunction {
    /**
     * @param other an update operand, or a number value
     * @return {@code this + other}, to assign with {@code SET}
     */
    default UpdateValue plus(Object other) {
        return new Arithmetic(this, " + ", UpdateFunction.operand(other));
    }

    /**
     * @param other an update operand, or a number value
     * @return {@code this - other}, to assign with {@code SET}
     */
    default UpdateValue minus(Object other) {
        return new Arithmetic(this, " - ", UpdateFunction.operand(other));
    }
}
