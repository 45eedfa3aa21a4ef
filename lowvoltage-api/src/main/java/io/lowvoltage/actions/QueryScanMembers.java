package io.lowvoltage.actions;

import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.expressions.ConditionExpression;
import io.lowvoltage.expressions.ProjectionExpression;
import io.lowvoltage.internal.expressions.Placeholders;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;

/**
 * The request members that {@link Query} and {@link Scan} share, with their checks and writes. The actions
 * delegate their common setters here and call the writes in the member order of their own API shape, which
 * differs between the two (Scan puts {@code Select} after {@code Limit} and {@code ConsistentRead} last).
 */
final class QueryScanMembers {
    private final String operation;
    private String tableName;
    private String indexName;
    private Select select;
    private List<String> attributesToGet;
    private Integer limit;
    private Boolean consistentRead;
    private final Map<String, Condition> filter = new LinkedHashMap<>();
    private ConditionalOperator conditionalOperator;
    private Map<String, Object> exclusiveStartKey;
    private ReturnConsumedCapacity returnConsumedCapacity;
    private String projectionExpression;
    private String filterExpression;
    private ProjectionExpression projection;
    private ConditionExpression filterCondition;
    private final HandPlaceholders handPlaceholders = new HandPlaceholders();

    /** @param operation {@code Query} or {@code Scan}, for error messages */
    QueryScanMembers(String operation) {
        this.operation = operation;
    }

    String tableName() {
        return tableName;
    }

    void tableName(String tableName) {
        this.tableName = Objects.requireNonNull(tableName, "tableName");
    }

    void indexName(String indexName) {
        this.indexName = Objects.requireNonNull(indexName, "indexName");
    }

    void select(Select select) {
        this.select = Objects.requireNonNull(select, "select");
    }

    List<String> attributesToGet() {
        if (attributesToGet == null) {
            attributesToGet = new ArrayList<>();
        }
        return attributesToGet;
    }

    void limit(int limit) {
        this.limit = limit;
    }

    void consistentRead(boolean consistentRead) {
        this.consistentRead = consistentRead;
    }

    void filter(String attributeName, Condition condition) {
        filter.put(Objects.requireNonNull(attributeName, "attributeName"),
                Objects.requireNonNull(condition, "condition"));
    }

    void conditionalOperator(ConditionalOperator conditionalOperator) {
        this.conditionalOperator = Objects.requireNonNull(conditionalOperator, "conditionalOperator");
    }

    void exclusiveStartKey(Map<String, ?> exclusiveStartKey) {
        this.exclusiveStartKey = exclusiveStartKey == null ? null : new LinkedHashMap<>(exclusiveStartKey);
    }

    void returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
        this.returnConsumedCapacity = Objects.requireNonNull(returnConsumedCapacity, "returnConsumedCapacity");
    }

    void projectionExpression(String projectionExpression) {
        this.projectionExpression = Objects.requireNonNull(projectionExpression, "projectionExpression");
        this.projection = null;
    }

    /** Replaces a raw projection string, as a raw string replaces this. */
    void projectionExpression(ProjectionExpression projection) {
        this.projection = Objects.requireNonNull(projection, "projectionExpression");
        this.projectionExpression = null;
    }

    void filterExpression(String filterExpression) {
        this.filterExpression = Objects.requireNonNull(filterExpression, "filterExpression");
        this.filterCondition = null;
    }

    /** Replaces a raw filter string, as a raw string replaces this. */
    void filterExpression(ConditionExpression filter) {
        this.filterCondition = Objects.requireNonNull(filter, "filterExpression");
        this.filterExpression = null;
    }

    /** @return the placeholders of one request, holding those set by hand */
    Placeholders placeholders() {
        return handPlaceholders.placeholders(operation);
    }

    HandPlaceholders handPlaceholders() {
        return handPlaceholders;
    }


    /**
     * @param howToSetTable how to set the table name, for the message
     * @throws BuilderException when the table name is missing or the limit is below 1
     */
    void validate(String howToSetTable) {
        Require.tableName(tableName, operation, "TableName", howToSetTable);
        if (limit != null && limit < 1) {
            throw new BuilderException(operation + " needs a Limit of at least 1, and it is " + limit
                    + ". Set it with .limit(n) with n >= 1, or leave it unset to read up to 1 MB per page");
        }
    }

    /** Writes {@code TableName} and {@code IndexName}. */
    void writeTarget(JsonGenerator generator) {
        JsonWrites.string(generator, Members.TABLE_NAME, tableName);
        JsonWrites.string(generator, Members.INDEX_NAME, indexName);
    }

    /** Writes {@code Select}. */
    void writeSelect(JsonGenerator generator) {
        JsonWrites.constant(generator, Members.SELECT, select);
    }

    /** Writes {@code AttributesToGet} and {@code Limit}. */
    void writeAttributesToGetAndLimit(JsonGenerator generator) {
        JsonWrites.strings(generator, Members.ATTRIBUTES_TO_GET, attributesToGet);
        JsonWrites.number(generator, Members.LIMIT, limit);
    }

    /** Writes {@code ConsistentRead}. */
    void writeConsistentRead(JsonGenerator generator) {
        JsonWrites.bool(generator, Members.CONSISTENT_READ, consistentRead);
    }

    /**
     * Writes the legacy filter and {@code ConditionalOperator}.
     *
     * @param name {@code QueryFilter} or {@code ScanFilter}
     */
    void writeFilter(JsonGenerator generator, SerializableString name) {
        writeConditions(generator, name, filter);
        JsonWrites.constant(generator, Members.CONDITIONAL_OPERATOR, conditionalOperator);
    }

    /** Writes {@code ExclusiveStartKey} and {@code ReturnConsumedCapacity}. */
    void writeStartKeyAndCapacity(JsonGenerator generator) {
        JsonWrites.attributeMap(generator, Members.EXCLUSIVE_START_KEY, exclusiveStartKey, "ExclusiveStartKey");
        JsonWrites.constant(generator, Members.RETURN_CONSUMED_CAPACITY, returnConsumedCapacity);
    }

    /**
     * Writes {@code ProjectionExpression} and {@code FilterExpression}, rendering builders with the request's
     * placeholders.
     */
    void writeProjectionAndFilterExpressions(JsonGenerator generator, Placeholders placeholders) {
        JsonWrites.string(generator, Members.PROJECTION_EXPRESSION,
                placeholders.render(projectionExpression, projection, "ProjectionExpression"));
        JsonWrites.string(generator, Members.FILTER_EXPRESSION,
                placeholders.render(filterExpression, filterCondition, "FilterExpression"));
    }

    /**
     * Writes {@code ExpressionAttributeNames} and {@code ExpressionAttributeValues}: those set by hand and those
     * of every builder rendered with the placeholders.
     */
    void writeExpressionAttributes(JsonGenerator generator, Placeholders placeholders) {
        JsonWrites.stringMap(generator, Members.EXPRESSION_ATTRIBUTE_NAMES, placeholders.names());
        JsonWrites.attributeMap(generator, Members.EXPRESSION_ATTRIBUTE_VALUES, placeholders.values(),
                "ExpressionAttributeValues");
    }

    /** Writes {@code "name": {"attr": {Condition}}} unless the map is empty. */
    static void writeConditions(JsonGenerator generator, SerializableString name, Map<String, Condition> conditions) {
        if (!conditions.isEmpty()) {
            generator.writeName(name);
            generator.writeStartObject();
            for (Map.Entry<String, Condition> entry : conditions.entrySet()) {
                generator.writeName(entry.getKey());
                entry.getValue().write(generator, name.getValue() + "." + entry.getKey());
            }
            generator.writeEndObject();
        }
    }
}
