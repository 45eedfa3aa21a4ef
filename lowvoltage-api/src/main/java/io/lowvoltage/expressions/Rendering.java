package io.lowvoltage.expressions;

import io.lowvoltage.internal.expressions.Placeholders;

/**
 * Hands the rendering of this package's expressions to {@link Placeholders}, which the actions use, without
 * making any render method public. Each top-level expression class installs it when initialised, so it is
 * in place before any expression exists.
 */
final class Rendering {
    private Rendering() {
    }

    static void install() {
        Placeholders.install(Rendering::render);
    }

    private static void render(Object expression, StringBuilder out, Placeholders placeholders) {
        if (expression instanceof ConditionExpression condition) {
            condition.render(out, placeholders);
        } else if (expression instanceof UpdateExpression update) {
            update.render(out, placeholders);
        } else if (expression instanceof ProjectionExpression projection) {
            projection.render(out, placeholders);
        } else if (expression instanceof KeyConditionExpression keyCondition) {
            keyCondition.render(out, placeholders);
        } else {
            throw new IllegalArgumentException("Not an expression builder: " + expression);
        }
    }
}
