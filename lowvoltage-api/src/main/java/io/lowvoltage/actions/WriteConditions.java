package io.lowvoltage.actions;

import io.lowvoltage.expressions.ConditionExpression;
import io.lowvoltage.internal.expressions.Placeholders;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;

/**
 * The members PutItem, DeleteItem and UpdateItem share: the condition (expression or legacy {@code Expected}),
 * its placeholders, and what to return. Each action keeps one and writes its parts in the order of its own
 * API shape, which differs between the three.
 */
final class WriteConditions {
    private String conditionExpression;
    private ConditionExpression condition;
    private final HandPlaceholders handPlaceholders = new HandPlaceholders();
    // Empty until set: the legacy Expected is rare, and then costs no map.
    private Map<String, ExpectedAttributeValue> expected = Map.of();
    private ConditionalOperator conditionalOperator;
    private ReturnValue returnValues;
    private ReturnConsumedCapacity returnConsumedCapacity;
    private ReturnItemCollectionMetrics returnItemCollectionMetrics;
    private ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure;

    void conditionExpression(String conditionExpression) {
        this.conditionExpression = Objects.requireNonNull(conditionExpression, "conditionExpression");
        this.condition = null;
    }

    /** Replaces a raw condition string, as a raw string replaces this. */
    void conditionExpression(ConditionExpression condition) {
        this.condition = Objects.requireNonNull(condition, "conditionExpression");
        this.conditionExpression = null;
    }

    /**
     * @param operation the action, for messages
     * @return the placeholders of one request, holding those set by hand
     */
    Placeholders placeholders(String operation) {
        return handPlaceholders.placeholders(operation);
    }

    HandPlaceholders handPlaceholders() {
        return handPlaceholders;
    }


    void expected(String attributeName, ExpectedAttributeValue expectation) {
        if (expected.isEmpty()) {
            expected = new LinkedHashMap<>();
        }
        expected.put(Objects.requireNonNull(attributeName, "attributeName"),
                Objects.requireNonNull(expectation, "expectation"));
    }

    void conditionalOperator(ConditionalOperator conditionalOperator) {
        this.conditionalOperator = Objects.requireNonNull(conditionalOperator, "conditionalOperator");
    }

    void returnValues(ReturnValue returnValues) {
        this.returnValues = Objects.requireNonNull(returnValues, "returnValues");
    }

    void returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
        this.returnConsumedCapacity = Objects.requireNonNull(returnConsumedCapacity, "returnConsumedCapacity");
    }

    void returnItemCollectionMetrics(ReturnItemCollectionMetrics returnItemCollectionMetrics) {
        this.returnItemCollectionMetrics = Objects.requireNonNull(returnItemCollectionMetrics,
                "returnItemCollectionMetrics");
    }

    void returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {
        this.returnValuesOnConditionCheckFailure = Objects.requireNonNull(returnValuesOnConditionCheckFailure,
                "returnValuesOnConditionCheckFailure");
    }

    /** Writes {@code Expected}, when set. */
    void writeExpected(JsonGenerator generator) {
        writeMap(generator, Members.EXPECTED, expected, "Expected", ExpectedAttributeValue::write);
    }

    /** Writes one of the value classes of a request. */
    @FunctionalInterface
    interface ValueWriter<V> {
        void write(V value, JsonGenerator generator, String path);
    }

    /**
     * Writes {@code "member": {"attribute": {...}}} unless the map is empty, such as {@code Expected} or
     * {@code AttributeUpdates}; {@code path} names the member in error messages.
     */
    static <V> void writeMap(JsonGenerator generator, SerializableString member, Map<String, V> values, String path,
            ValueWriter<V> writer) {
        if (!values.isEmpty()) {
            generator.writeName(member);
            generator.writeStartObject();
            for (Map.Entry<String, V> entry : values.entrySet()) {
                generator.writeName(entry.getKey());
                writer.write(entry.getValue(), generator, path + "." + entry.getKey());
            }
            generator.writeEndObject();
        }
    }

    /** Writes {@code ConditionalOperator}, when set. */
    void writeConditionalOperator(JsonGenerator generator) {
        JsonWrites.constant(generator, Members.CONDITIONAL_OPERATOR, conditionalOperator);
    }

    /** Writes {@code ReturnValues}, {@code ReturnConsumedCapacity}, {@code ReturnItemCollectionMetrics}, when set. */
    void writeReturns(JsonGenerator generator) {
        JsonWrites.constant(generator, Members.RETURN_VALUES, returnValues);
        JsonWrites.constant(generator, Members.RETURN_CONSUMED_CAPACITY, returnConsumedCapacity);
        JsonWrites.constant(generator, Members.RETURN_ITEM_COLLECTION_METRICS, returnItemCollectionMetrics);
    }

    /**
     * Writes {@code ConditionExpression}, {@code ExpressionAttributeNames}, {@code ExpressionAttributeValues} and
     * {@code ReturnValuesOnConditionCheckFailure}, when set: the last members of all three shapes. A condition
     * builder is rendered with placeholders that other expressions of the request (an update) may already use.
     */
    void writeExpressions(JsonGenerator generator, Placeholders placeholders) {
        JsonWrites.string(generator, Members.CONDITION_EXPRESSION,
                placeholders.render(conditionExpression, condition, "ConditionExpression"));
        JsonWrites.stringMap(generator, Members.EXPRESSION_ATTRIBUTE_NAMES, placeholders.names());
        JsonWrites.attributeMap(generator, Members.EXPRESSION_ATTRIBUTE_VALUES, placeholders.values(),
                "ExpressionAttributeValues");
        JsonWrites.constant(generator, Members.RETURN_VALUES_ON_CONDITION_CHECK_FAILURE,
                returnValuesOnConditionCheckFailure);
    }
}
