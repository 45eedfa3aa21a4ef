package io.lowvoltage.expressions;

import io.lowvoltage.internal.expressions.Placeholders;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A condition in DynamoDB's condition syntax, for {@code ConditionExpression} (PutItem, DeleteItem, UpdateItem)
 * and {@code FilterExpression} (Query, Scan). Made from an {@link Operand} ({@code attribute("a").eq(1)}), an
 * {@link Attribute} function ({@code attribute("a").beginsWith("x")}), or {@link Expressions}, and combined with
 * {@link #and(ConditionExpression)}, {@link #or(ConditionExpression)} and {@link Expressions#not(ConditionExpression)}.
 *
 * <p>Combining follows the order of calls: {@code a.and(b).or(c)} is {@code (a AND b) OR c}, and
 * {@code a.and(b.or(c))} is {@code a AND (b OR c)}. Rendering writes parentheses only where DynamoDB's
 * precedence (NOT before AND before OR) needs them. Immutable and thread-safe;
 * {@link #toString()} shows the condition with names and values in place.
 *
 * @see <a href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.OperatorsAndFunctions.html">Condition
 *      and filter expressions</a>
 */
public abstract sealed class ConditionExpression
        permits ConditionExpression.Comparison, ConditionExpression.Between, ConditionExpression.In,
        ConditionExpression.Function, ConditionExpression.Not, ConditionExpression.Junction {
    static {
        Rendering.install();
    }

    private static final int OR = 1;
    private static final int AND = 2;
    private static final int NOT = 3;
    private static final int ATOM = 4;

    ConditionExpression() {
    }

    /** @return how tightly this binds: a child that binds less tightly than its parent needs parentheses */
    abstract int precedence();

    abstract void render(StringBuilder out, Placeholders placeholders);

    /**
     * @param other another condition
     * @return {@code this AND other}
     */
    public ConditionExpression and(ConditionExpression other) {
        return Junction.of(AND, this, other);
    }

    /**
     * @param other another condition
     * @return {@code this OR other}
     */
    public ConditionExpression or(ConditionExpression other) {
        return Junction.of(OR, this, other);
    }

    /** @return the condition in DynamoDB's syntax, with names and values in place of placeholders */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        render(out, Placeholders.forDisplay());
        return out.toString();
    }

    static ConditionExpression not(ConditionExpression condition) {
        return new Not(Objects.requireNonNull(condition, "condition"));
    }

    static ConditionExpression junction(boolean and, ConditionExpression first, ConditionExpression... more) {
        ConditionExpression result = Objects.requireNonNull(first, "first");
        for (ConditionExpression next : more) {
            result = Junction.of(and ? AND : OR, result, next);
        }
        return result;
    }

    private static void renderChild(ConditionExpression child, int parentPrecedence, StringBuilder out,
            Placeholders placeholders) {
        boolean parenthesize = child.precedence() < parentPrecedence;
        if (parenthesize) {
            out.append('(');
        }
        child.render(out, placeholders);
        if (parenthesize) {
            out.append(')');
        }
    }

    /** {@code a = b}, {@code a <> b}, {@code a < b}... */
    static final class Comparison extends ConditionExpression {
        private final Operand left;
        private final String comparator;
        private final Operand right;

        Comparison(Operand left, String comparator, Operand right) {
            this.left = left;
            this.comparator = comparator;
            this.right = right;
        }

        @Override
        int precedence() {
            return ATOM;
        }

        @Override
        void render(StringBuilder out, Placeholders placeholders) {
            left.render(out, placeholders);
            out.append(' ').append(comparator).append(' ');
            right.render(out, placeholders);
        }
    }

    /** {@code a BETWEEN low AND high}. */
    static final class Between extends ConditionExpression {
        private final Operand operand;
        private final Operand low;
        private final Operand high;

        Between(Operand operand, Operand low, Operand high) {
            this.operand = operand;
            this.low = low;
            this.high = high;
        }

        @Override
        int precedence() {
            return ATOM;
        }

        @Override
        void render(StringBuilder out, Placeholders placeholders) {
            operand.render(out, placeholders);
            out.append(" BETWEEN ");
            low.render(out, placeholders);
            out.append(" AND ");
            high.render(out, placeholders);
        }
    }

    /** {@code a IN (b, c)}. */
    static final class In extends ConditionExpression {
        private final Operand operand;
        private final List<Operand> candidates;

        In(Operand operand, List<Operand> candidates) {
            this.operand = operand;
            this.candidates = List.copyOf(candidates);
        }

        @Override
        int precedence() {
            return ATOM;
        }

        @Override
        void render(StringBuilder out, Placeholders placeholders) {
            operand.render(out, placeholders);
            out.append(" IN (");
            for (int i = 0; i < candidates.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                candidates.get(i).render(out, placeholders);
            }
            out.append(')');
        }
    }

    /** {@code attribute_exists(a)}, {@code begins_with(a, b)}... */
    static final class Function extends ConditionExpression {
        private final String name;
        private final List<Operand> arguments;

        Function(String name, List<Operand> arguments) {
            this.name = name;
            this.arguments = arguments;
        }

        @Override
        int precedence() {
            return ATOM;
        }

        @Override
        void render(StringBuilder out, Placeholders placeholders) {
            out.append(name).append('(');
            for (int i = 0; i < arguments.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                arguments.get(i).render(out, placeholders);
            }
            out.append(')');
        }
    }

    /** {@code NOT a}. */
    static final class Not extends ConditionExpression {
        private final ConditionExpression operand;

        Not(ConditionExpression operand) {
            this.operand = operand;
        }

        @Override
        int precedence() {
            return NOT;
        }

        @Override
        void render(StringBuilder out, Placeholders placeholders) {
            out.append("NOT ");
            // DynamoDB's grammar takes NOT before a comparison, a function or parentheses only: NOT NOT a is
            // rejected, so anything but an atom is parenthesized.
            renderChild(operand, ATOM, out, placeholders);
        }
    }

    /** {@code a AND b AND c} or {@code a OR b OR c}, flattened as it is built. */
    static final class Junction extends ConditionExpression {
        private final int precedence;
        private final List<ConditionExpression> operands;

        private Junction(int precedence, List<ConditionExpression> operands) {
            this.precedence = precedence;
            this.operands = List.copyOf(operands);
        }

        static Junction of(int precedence, ConditionExpression left, ConditionExpression right) {
            List<ConditionExpression> operands = new ArrayList<>();
            for (ConditionExpression operand : List.of(left, Objects.requireNonNull(right, "other"))) {
                if (operand instanceof Junction junction && junction.precedence == precedence) {
                    operands.addAll(junction.operands);
                } else {
                    operands.add(operand);
                }
            }
            return new Junction(precedence, operands);
        }

        @Override
        int precedence() {
            return precedence;
        }

        @Override
        void render(StringBuilder out, Placeholders placeholders) {
            String separator = precedence == AND ? " AND " : " OR ";
            for (int i = 0; i < operands.size(); i++) {
                if (i > 0) {
                    out.append(separator);
                }
                renderChild(operands.get(i), precedence, out, placeholders);
            }
        }
    }
}
