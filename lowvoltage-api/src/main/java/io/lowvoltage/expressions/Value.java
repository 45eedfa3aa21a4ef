package io.lowvoltage.expressions;

import io.lowvoltage.internal.expressions.Placeholders;

/**
 * A value in an expression, sent as a {@code :} placeholder. Methods that take {@code Object} make one
 * implicitly; {@link Expressions#value(Object)} makes one explicitly, to put a value on the left of a
 * comparison or to pass a list as a single value. Immutable when its content is.
 */
public final class Value extends Operand implements UpdateOperand {
    private final Object value;

    Value(Object value) {
        this.value = value;
    }

    /** @return the value, following the attribute value mapping of {@link io.lowvoltage.Item}; null is NULL */
    public Object get() {
        return value;
    }

    @Override
    void render(StringBuilder out, Placeholders placeholders) {
        out.append(placeholders.value(value));
    }
}
