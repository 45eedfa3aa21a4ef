package io.lowvoltage.expressions;

import io.lowvoltage.internal.expressions.Placeholders;

/** {@code left + right} or {@code left - right} in a {@code SET} action. */
final class Arithmetic implements UpdateValue {
    private final UpdateOperand left;
    private final String operator;
    private final UpdateOperand right;

    Arithmetic(UpdateOperand left, String operator, UpdateOperand right) {
        this.left = left;
        this.operator = operator;
        this.right = right;
    }

    void render(StringBuilder out, Placeholders placeholders) {
        UpdateFunction.render(left, out, placeholders);
        out.append(operator);
        UpdateFunction.render(right, out, placeholders);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        render(out, Placeholders.forDisplay());
        return out.toString();
    }
}
