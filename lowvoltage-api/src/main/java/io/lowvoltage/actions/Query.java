package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.expressions.ConditionExpression;
import io.lowvoltage.expressions.ProjectionExpression;
import io.lowvoltage.expressions.KeyConditionExpression;
import io.lowvoltage.internal.expressions.Placeholders;
import io.lowvoltage.internal.Variadic;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Reads the items of one partition key, in sort key order, from a table or an index: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Query.html">Query</a>.
 *
 * <pre>{@code
 * QueryResponse page = connection.request(new Query("Table")
 *         .keyConditionExpression("h = :h AND r BETWEEN :lo AND :hi")
 *         .expressionAttributeValue(":h", 0).expressionAttributeValue(":lo", 1).expressionAttributeValue(":hi", 9)
 *         .scanIndexForward(false)
 *         .limit(10));
 * }</pre>
 * Mandatory: the table name, in the constructor or chained, and a key condition: a
 * {@link #keyConditionExpression(String) KeyConditionExpression} or legacy
 * {@link #keyCondition(String, Condition) KeyConditions}. One request reads one page; see {@link QueryResponse}
 * for the next. Not thread-safe: a builder.
 */
public final class Query extends Action<QueryResponse> {
    private final QueryScanMembers members = new QueryScanMembers("Query");
    private final Map<String, Condition> keyConditions = new LinkedHashMap<>();
    private Boolean scanIndexForward;
    private String keyConditionExpression;
    private KeyConditionExpression keyCondition;

    /** An empty Query: set the table name and the key condition by chaining. */
    public Query() {
    }

    /** @param tableName the table's name or ARN */
    public Query(String tableName) {
        tableName(tableName);
    }

    @Override
    protected String operation() {
        return "Query";
    }

    /**
     * @param tableName the table's name or ARN (API member {@code TableName})
     * @return this action
     */
    public Query tableName(String tableName) {
        members.tableName(tableName);
        return this;
    }

    /**
     * Queries a secondary index of the table instead of the table itself (API member {@code IndexName}).
     *
     * @param indexName the index's name
     * @return this action
     */
    public Query indexName(String indexName) {
        members.indexName(indexName);
        return this;
    }

    /**
     * @param select which attributes to return, or only the count (API member {@code Select})
     * @return this action
     */
    public Query select(Select select) {
        members.select(select);
        return this;
    }

    /** @return this action, returning every attribute of each item ({@code Select ALL_ATTRIBUTES}) */
    public Query selectAllAttributes() {
        return select(Select.ALL_ATTRIBUTES);
    }

    /** @return this action, returning the attributes projected into the index ({@code Select ALL_PROJECTED_ATTRIBUTES}) */
    public Query selectAllProjectedAttributes() {
        return select(Select.ALL_PROJECTED_ATTRIBUTES);
    }

    /** @return this action, returning the attributes of the projection ({@code Select SPECIFIC_ATTRIBUTES}) */
    public Query selectSpecificAttributes() {
        return select(Select.SPECIFIC_ATTRIBUTES);
    }

    /** @return this action, returning the count of matching items and no item ({@code Select COUNT}) */
    public Query selectCount() {
        return select(Select.COUNT);
    }

    /**
     * The legacy form of a projection (API member {@code AttributesToGet}); prefer
     * {@link #projectionExpression(String)}. Adds to the names already set.
     *
     * @param attributeNames the attributes to return
     * @return this action
     */
    public Query attributesToGet(String... attributeNames) {
        Variadic.addAll(members.attributesToGet(), "attributesToGet", attributeNames);
        return this;
    }

    /**
     * @param attributeNames the attributes to return, added to those already set
     * @return this action
     * @see #attributesToGet(String...)
     */
    public Query attributesToGet(Iterable<String> attributeNames) {
        Variadic.addAll(members.attributesToGet(), "attributesToGet", attributeNames);
        return this;
    }

    /**
     * @param attributeNames the attributes to return, added to those already set
     * @return this action
     * @see #attributesToGet(String...)
     */
    public Query attributesToGet(Stream<String> attributeNames) {
        Variadic.addAll(members.attributesToGet(), "attributesToGet", attributeNames);
        return this;
    }

    /**
     * Ends the page after this many items were evaluated, before the filter (API member {@code Limit}).
     *
     * @param limit at least 1
     * @return this action
     */
    public Query limit(int limit) {
        members.limit(limit);
        return this;
    }

    /**
     * Reads with strong consistency instead of eventual (API member {@code ConsistentRead}); global secondary
     * indexes only support eventual consistency.
     *
     * @param consistentRead whether the read is strongly consistent
     * @return this action
     */
    public Query consistentRead(boolean consistentRead) {
        members.consistentRead(consistentRead);
        return this;
    }

    /**
     * Adds a legacy condition on a key attribute (API member {@code KeyConditions}); prefer
     * {@link #keyConditionExpression(String)}. The partition key takes {@code EQ}; the sort key one of
     * {@code EQ, LE, LT, GE, GT, BEGINS_WITH, BETWEEN}.
     *
     * @param attributeName the key attribute
     * @param condition     the condition on it
     * @return this action
     */
    public Query keyCondition(String attributeName, Condition condition) {
        keyConditions.put(Objects.requireNonNull(attributeName, "attributeName"),
                Objects.requireNonNull(condition, "condition"));
        return this;
    }

    /**
     * @param conditions legacy key conditions by attribute name, added to those already set
     * @return this action
     * @see #keyCondition(String, Condition)
     */
    public Query keyConditions(Map<String, Condition> conditions) {
        conditions.forEach(this::keyCondition);
        return this;
    }

    /**
     * Adds a legacy filter condition on a non-key attribute (API member {@code QueryFilter}); prefer
     * {@link #filterExpression(String)}.
     *
     * @param attributeName the attribute
     * @param condition     the condition on it
     * @return this action
     */
    public Query queryFilter(String attributeName, Condition condition) {
        members.filter(attributeName, condition);
        return this;
    }

    /**
     * @param conditions legacy filter conditions by attribute name, added to those already set
     * @return this action
     * @see #queryFilter(String, Condition)
     */
    public Query queryFilter(Map<String, Condition> conditions) {
        conditions.forEach(this::queryFilter);
        return this;
    }

    /**
     * @param conditionalOperator how the legacy {@code QueryFilter} conditions combine (API member
     *                            {@code ConditionalOperator})
     * @return this action
     */
    public Query conditionalOperator(ConditionalOperator conditionalOperator) {
        members.conditionalOperator(conditionalOperator);
        return this;
    }

    /** @return this action, where every legacy filter condition must hold (the default) */
    public Query conditionalOperatorAnd() {
        return conditionalOperator(ConditionalOperator.AND);
    }

    /** @return this action, where at least one legacy filter condition must hold */
    public Query conditionalOperatorOr() {
        return conditionalOperator(ConditionalOperator.OR);
    }

    /**
     * Reads in ascending sort key order ({@code true}, the default) or descending (API member
     * {@code ScanIndexForward}).
     *
     * @param scanIndexForward whether to read in ascending order
     * @return this action
     */
    public Query scanIndexForward(boolean scanIndexForward) {
        this.scanIndexForward = scanIndexForward;
        return this;
    }

    /**
     * Starts after this key (API member {@code ExclusiveStartKey}): the {@link QueryResponse#lastEvaluatedKey()}
     * of the previous page.
     *
     * @param exclusiveStartKey the key, or {@code null} to start from the first page, so that a paging loop
     *                          can pass the last page's key as it is
     * @return this action
     */
    public Query exclusiveStartKey(Map<String, ?> exclusiveStartKey) {
        members.exclusiveStartKey(exclusiveStartKey);
        return this;
    }

    /**
     * @param returnConsumedCapacity how much consumed capacity to report (API member
     *                               {@code ReturnConsumedCapacity})
     * @return this action
     */
    public Query returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
        members.returnConsumedCapacity(returnConsumedCapacity);
        return this;
    }

    /** @return this action, reporting the total consumed capacity */
    public Query returnConsumedCapacityTotal() {
        return returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
    }

    /** @return this action, reporting the consumed capacity of the table and each index */
    public Query returnConsumedCapacityIndexes() {
        return returnConsumedCapacity(ReturnConsumedCapacity.INDEXES);
    }

    /** @return this action, reporting no consumed capacity (the default) */
    public Query returnConsumedCapacityNone() {
        return returnConsumedCapacity(ReturnConsumedCapacity.NONE);
    }

    /**
     * @param projectionExpression the attributes to return, such as {@code "a, b.c, #n[0]"} (API member
     *                             {@code ProjectionExpression}); by default all are returned
     * @return this action
     */
    public Query projectionExpression(String projectionExpression) {
        members.projectionExpression(projectionExpression);
        return this;
    }

    /**
     * Sets the attributes to read from a builder, such as {@code projection("a", "b.c")} (API member
     * {@code ProjectionExpression}); it replaces a projection string set before, and its placeholders join any
     * set by hand and those of the other expression builders.
     *
     * @param projectionExpression the attributes to read
     * @return this action
     * @see io.lowvoltage.expressions.Expressions
     */
    public Query projectionExpression(ProjectionExpression projectionExpression) {
        members.projectionExpression(projectionExpression);
        return this;
    }

    /**
     * Keeps only the items for which this holds, after they were read (API member {@code FilterExpression}):
     * filtered items still count in {@code ScannedCount}, {@code Limit} and the capacity consumed.
     *
     * @param filterExpression such as {@code "#a > :x"}
     * @return this action
     */
    public Query filterExpression(String filterExpression) {
        members.filterExpression(filterExpression);
        return this;
    }

    /**
     * Sets the filter from a builder, such as {@code attribute("a").gt(1)} (API member {@code FilterExpression});
     * it replaces a filter string set before, and its placeholders join any set by hand and those of the other
     * expression builders.
     *
     * @param filterExpression what items must satisfy to be returned, checked after reading
     * @return this action
     * @see io.lowvoltage.expressions.Expressions
     */
    public Query filterExpression(ConditionExpression filterExpression) {
        members.filterExpression(filterExpression);
        return this;
    }

    /**
     * Selects the items to read (API member {@code KeyConditionExpression}): equality on the partition key and,
     * optionally, one of {@code =, <, <=, >, >=, BETWEEN, begins_with} on the sort key.
     *
     * @param keyConditionExpression such as {@code "h = :h AND begins_with(r, :prefix)"}
     * @return this action
     */
    public Query keyConditionExpression(String keyConditionExpression) {
        this.keyConditionExpression = Objects.requireNonNull(keyConditionExpression, "keyConditionExpression");
        this.keyCondition = null;
        return this;
    }

    /**
     * Sets the key condition from a builder, such as
     * {@code partitionKey("h").eq(1).and(sortKey("r").beginsWith("x"))} (API member
     * {@code KeyConditionExpression}); it replaces a key condition string set before, and its placeholders join
     * any set by hand and those of the other expression builders.
     *
     * @param keyConditionExpression the partition key value, and optionally a condition on the sort key
     * @return this action
     * @see io.lowvoltage.expressions.Expressions
     */
    public Query keyConditionExpression(KeyConditionExpression keyConditionExpression) {
        this.keyCondition = Objects.requireNonNull(keyConditionExpression, "keyConditionExpression");
        this.keyConditionExpression = null;
        return this;
    }

    /**
     * Defines a name placeholder used in the expressions (API member {@code ExpressionAttributeNames}).
     *
     * @param placeholder such as {@code #n}
     * @param name        the attribute name it stands for
     * @return this action
     */
    public Query expressionAttributeName(String placeholder, String name) {
        members.expressionAttributeName(placeholder, name);
        return this;
    }

    /**
     * @param names name placeholders and the names they stand for, added to those already set
     * @return this action
     */
    public Query expressionAttributeNames(Map<String, String> names) {
        names.forEach(this::expressionAttributeName);
        return this;
    }

    /**
     * Defines a value placeholder used in the expressions (API member {@code ExpressionAttributeValues}).
     *
     * @param placeholder such as {@code :v}
     * @param value       the value it stands for, following the attribute value mapping of
     *                    {@link io.lowvoltage.Item}; {@code null} is DynamoDB's NULL
     * @return this action
     */
    public Query expressionAttributeValue(String placeholder, Object value) {
        members.expressionAttributeValue(placeholder, value);
        return this;
    }

    /**
     * @param values value placeholders and the values they stand for, added to those already set
     * @return this action
     */
    public Query expressionAttributeValues(Map<String, ?> values) {
        values.forEach(this::expressionAttributeValue);
        return this;
    }

    @Override
    protected String tableName() {
        return members.tableName();
    }

    @Override
    protected void validate() {
        members.validate("new Query(tableName) or .tableName(...)");
        if (keyConditionExpression == null && keyCondition == null && keyConditions.isEmpty()) {
            throw new BuilderException("Query needs a key condition: KeyConditionExpression or KeyConditions,"
                    + " and neither is set. Set it with .keyConditionExpression(\"h = :h\")"
                    + ".expressionAttributeValue(\":h\", value) or with the legacy"
                    + " .keyCondition(\"h\", Condition.of(ComparisonOperator.EQ, value)); to read every partition,"
                    + " use Scan");
        }
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        Placeholders placeholders = members.placeholders();
        generator.writeStartObject();
        members.writeTarget(generator);
        members.writeSelect(generator);
        members.writeAttributesToGetAndLimit(generator);
        members.writeConsistentRead(generator);
        QueryScanMembers.writeConditions(generator, Members.KEY_CONDITIONS, keyConditions);
        members.writeFilter(generator, Members.QUERY_FILTER);
        JsonWrites.bool(generator, Members.SCAN_INDEX_FORWARD, scanIndexForward);
        members.writeStartKeyAndCapacity(generator);
        members.writeProjectionAndFilterExpressions(generator, placeholders);
        JsonWrites.string(generator, Members.KEY_CONDITION_EXPRESSION,
                placeholders.render(keyConditionExpression, keyCondition, "KeyConditionExpression"));
        members.writeExpressionAttributes(generator, placeholders);
        generator.writeEndObject();
    }

    @Override
    protected QueryResponse readResponse(JsonParser parser) {
        return QueryResponse.read(parser);
    }
}
