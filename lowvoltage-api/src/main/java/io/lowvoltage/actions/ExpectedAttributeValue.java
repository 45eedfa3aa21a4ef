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
 * A legacy condition on one attribute of the item a write touches, for the {@code Expected} member of
 * PutItem, DeleteItem and UpdateItem: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExpectedAttributeValue.html">ExpectedAttributeValue</a>.
 * Prefer a condition expression in new code. Immutable.
 *
 * <pre>{@code
 * ExpectedAttributeValue.exists(false)                          // the attribute must be absent
 * ExpectedAttributeValue.equalTo(42)                            // the attribute must be 42
 * ExpectedAttributeValue.of(ComparisonOperator.BETWEEN, 1, 10)  // the attribute must be in [1, 10]
 * }</pre>
 * Values follow the attribute value mapping of {@link io.lowvoltage.Item}; a {@code null} value is NULL.
 */
public final class ExpectedAttributeValue {
    private final boolean hasValue;
    private final Object value;
    private final Boolean exists;
    private final ComparisonOperator comparisonOperator;
    private final List<Object> attributeValueList;

    private ExpectedAttributeValue(boolean hasValue, Object value, Boolean exists,
            ComparisonOperator comparisonOperator, List<Object> attributeValueList) {
        this.hasValue = hasValue;
        this.value = value;
        this.exists = exists;
        this.comparisonOperator = comparisonOperator;
        this.attributeValueList = attributeValueList;
    }

    /**
     * The attribute must be absent ({@code false}) or present ({@code true}). DynamoDB accepts
     * {@code Exists=true} only together with a value: for that, use {@link #equalTo(Object)}, which implies it.
     *
     * @param exists the API member {@code Exists}
     * @return the expectation
     */
    public static ExpectedAttributeValue exists(boolean exists) {
        return new ExpectedAttributeValue(false, null, exists, null, List.of());
    }

    /**
     * @param value the value the attribute must have (API member {@code Value}); {@code null} is NULL
     * @return the expectation
     */
    public static ExpectedAttributeValue equalTo(Object value) {
        return new ExpectedAttributeValue(true, value, null, null, List.of());
    }

    /**
     * @param comparisonOperator the comparison (API member {@code ComparisonOperator})
     * @param values             its operands, as many as it takes, none for NULL and NOT_NULL (API member
     *                           {@code AttributeValueList}); a {@code null} operand is NULL
     * @return the expectation
     */
    public static ExpectedAttributeValue of(ComparisonOperator comparisonOperator, Object... values) {
        return new ExpectedAttributeValue(false, null, null,
                Objects.requireNonNull(comparisonOperator, "comparisonOperator"),
                Collections.unmodifiableList(new ArrayList<>(Arrays.asList(values))));
    }

    /**
     * A copy of this expectation with the {@code Exists} member set, such as
     * {@code equalTo(42).withExists(true)}, which is what {@code equalTo(42)} means anyway.
     *
     * @param exists the API member {@code Exists}
     * @return the copy
     */
    public ExpectedAttributeValue withExists(boolean exists) {
        return new ExpectedAttributeValue(hasValue, value, exists, comparisonOperator, attributeValueList);
    }

    /** @return whether a value is set (API member {@code Value}), so that a {@code null} value means NULL */
    public boolean hasValue() {
        return hasValue;
    }

    /** @return the value the attribute must have (API member {@code Value}); see {@link #hasValue()} */
    public Object value() {
        return value;
    }

    /** @return the API member {@code Exists}, or {@code null} when not set */
    public Boolean exists() {
        return exists;
    }

    /** @return the comparison (API member {@code ComparisonOperator}), or {@code null} when not set */
    public ComparisonOperator comparisonOperator() {
        return comparisonOperator;
    }

    /** @return the operands of the comparison (API member {@code AttributeValueList}), unmodifiable */
    public List<Object> attributeValueList() {
        return attributeValueList;
    }

    /** Writes this expectation as a JSON object; {@code path} names it in error messages. */
    void write(JsonGenerator generator, String path) {
        generator.writeStartObject();
        if (hasValue) {
            generator.writeName(Members.VALUE);
            AttributeValues.writeValue(generator, value, path + ".Value");
        }
        JsonWrites.bool(generator, Members.EXISTS, exists);
        JsonWrites.constant(generator, Members.COMPARISON_OPERATOR, comparisonOperator);
        if (!attributeValueList.isEmpty()) {
            generator.writeName(Members.ATTRIBUTE_VALUE_LIST);
            AttributeValues.writeList(generator, attributeValueList, path + ".AttributeValueList");
        }
        generator.writeEndObject();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExpectedAttributeValue that && hasValue == that.hasValue
                && Objects.equals(value, that.value) && Objects.equals(exists, that.exists)
                && comparisonOperator == that.comparisonOperator
                && attributeValueList.equals(that.attributeValueList);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hasValue, value, exists, comparisonOperator, attributeValueList);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ExpectedAttributeValue{");
        String separator = "";
        if (hasValue) {
            text.append("value=").append(value);
            separator = ", ";
        }
        if (exists != null) {
            text.append(separator).append("exists=").append(exists);
            separator = ", ";
        }
        if (comparisonOperator != null) {
            text.append(separator).append(comparisonOperator).append(' ').append(attributeValueList);
        }
        return text.append('}').toString();
    }
}
