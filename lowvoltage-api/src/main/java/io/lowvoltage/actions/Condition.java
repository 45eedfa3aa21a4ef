package io.lowvoltage.actions;

import io.lowvoltage.internal.json.AttributeValues;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * A legacy condition on one attribute, for {@code KeyConditions}, {@code QueryFilter} and {@code ScanFilter}:
 * DynamoDB's <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Condition.html">Condition</a>.
 * Prefer expressions in new code. Immutable.
 *
 * <pre>{@code
 * Condition.of(ComparisonOperator.BETWEEN, 1, 10)
 * }</pre>
 */
public final class Condition {
    private final ComparisonOperator comparisonOperator;
    private final List<Object> attributeValueList;

    private Condition(ComparisonOperator comparisonOperator, List<Object> attributeValueList) {
        this.comparisonOperator = Objects.requireNonNull(comparisonOperator, "comparisonOperator");
        this.attributeValueList = attributeValueList;
    }

    /**
     * @param comparisonOperator the comparison
     * @param values             its operands, as many as it takes (none for NULL and NOT_NULL); values follow the
     *                           attribute value mapping of {@link io.lowvoltage.Item}
     * @return the condition
     */
    public static Condition of(ComparisonOperator comparisonOperator, Object... values) {
        return new Condition(comparisonOperator, Collections.unmodifiableList(new ArrayList<>(Arrays.asList(values))));
    }

    /** @return the comparison (API member {@code ComparisonOperator}) */
    public ComparisonOperator comparisonOperator() {
        return comparisonOperator;
    }

    /** @return the operands (API member {@code AttributeValueList}) */
    public List<Object> attributeValueList() {
        return attributeValueList;
    }

    /** Writes this condition as a JSON object; {@code path} names it in error messages. */
    void write(JsonGenerator generator, String path) {
        generator.writeStartObject();
        if (!attributeValueList.isEmpty()) {
            generator.writeName(Members.ATTRIBUTE_VALUE_LIST);
            AttributeValues.writeList(generator, attributeValueList, path + ".AttributeValueList");
        }
        JsonWrites.constant(generator, Members.COMPARISON_OPERATOR, comparisonOperator);
        generator.writeEndObject();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Condition that && comparisonOperator == that.comparisonOperator
                && attributeValueList.equals(that.attributeValueList);
    }

    @Override
    public int hashCode() {
        return Objects.hash(comparisonOperator, attributeValueList);
    }

    @Override
    public String toString() {
        return comparisonOperator + " " + attributeValueList;
    }
}
