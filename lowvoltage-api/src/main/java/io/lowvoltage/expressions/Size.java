package io.lowvoltage.expressions;

import io.lowvoltage.internal.expressions.Placeholders;

/** {@code size(path)}: the length of a string or binary, or the element count of a set, list or map. */
final class Size extends Operand {
    private final Attribute attribute;

    Size(Attribute attribute) {
        this.attribute = attribute;
    }

    @Override
    void render(StringBuilder out, Placeholders placeholders) {
        out.append("size(");
        attribute.render(out, placeholders);
        out.append(')');
    }
}
