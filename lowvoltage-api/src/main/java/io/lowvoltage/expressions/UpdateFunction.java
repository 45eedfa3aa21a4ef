package io.lowvoltage.expressions;

import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.internal.expressions.Placeholders;
import java.util.List;

/**
 * {@code if_not_exists(path, operand)} or {@code list_append(operand, operand)}; also the conversions and the
 * rendering of update operands, which interfaces cannot hold package-private.
 */
final class UpdateFunction implements UpdateOperand {
    private final String name;
    private final List<UpdateOperand> arguments;

    UpdateFunction(String name, List<UpdateOperand> arguments) {
        this.name = name;
        this.arguments = arguments;
    }

    /** @return the update operand itself, or a value for anything that is no operand */
    static UpdateOperand operand(Object operandOrValue) {
        if (operandOrValue instanceof UpdateOperand operand) {
            return operand;
        }
        if (operandOrValue instanceof Operand || operandOrValue instanceof UpdateValue) {
            throw new BuilderException(operandOrValue + " cannot be an operand of an update: SET takes"
                    + " attributes, values, if_not_exists, list_append, and one + or - between two of them");
        }
        return new Value(operandOrValue);
    }

    /** @return the update value itself, or a value for anything that is no operand */
    static UpdateValue value(Object valueOrOperand) {
        return valueOrOperand instanceof Arithmetic arithmetic ? arithmetic : operand(valueOrOperand);
    }

    static void render(UpdateValue value, StringBuilder out, Placeholders placeholders) {
        if (value instanceof Operand operand) {
            operand.render(out, placeholders);
        } else if (value instanceof UpdateFunction function) {
            function.render(out, placeholders);
        } else {
            ((Arithmetic) value).render(out, placeholders);
        }
    }

    private void render(StringBuilder out, Placeholders placeholders) {
        out.append(name).append('(');
        for (int i = 0; i < arguments.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            render(arguments.get(i), out, placeholders);
        }
        out.append(')');
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        render(out, Placeholders.forDisplay());
        return out.toString();
    }
}
