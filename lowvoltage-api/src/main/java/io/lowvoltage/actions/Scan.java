package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.expressions.ConditionExpression;
import io.lowvoltage.expressions.ProjectionExpression;
import io.lowvoltage.internal.expressions.Placeholders;
import io.lowvoltage.internal.Variadic;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Reads every item of a table or an index, in no particular order, optionally in parallel segments: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Scan.html">Scan</a>.
 *
 * <pre>{@code
 * ScanResponse page = connection.request(new Scan("Table")
 *         .segment(0, 4)
 *         .filterExpression("#a > :x").expressionAttributeName("#a", "a").expressionAttributeValue(":x", 1)
 *         .limit(100));
 * }</pre>
 * Mandatory: the table name, in the constructor or chained. One request reads one page; see
 * {@link ScanResponse} for the next. Not thread-safe: a builder.
 */
public final class Scan extends Action<ScanResponse> {
    private static final int MAX_TOTAL_SEGMENTS = 1_000_000;

    private final QueryScanMembers members = new QueryScanMembers("Scan");
    private Integer totalSegments;
    private Integer segment;

    /** An empty Scan: set the table name by chaining. */
    public Scan() {
    }

    /** @param tableName the table's name or ARN */
    public Scan(String tableName) {
        tableName(tableName);
    }

    @Override
    protected String operation() {
        return "Scan";
    }

    /**
     * @param tableName the table's name or ARN (API member {@code TableName})
     * @return this action
     */
    public Scan tableName(String tableName) {
        members.tableName(tableName);
        return this;
    }

    /**
     * Scans a secondary index of the table instead of the table itself (API member {@code IndexName}).
     *
     * @param indexName the index's name
     * @return this action
     */
    public Scan indexName(String indexName) {
        members.indexName(indexName);
        return this;
    }

    /**
     * @param select which attributes to return, or only the count (API member {@code Select})
     * @return this action
     */
    public Scan select(Select select) {
        members.select(select);
        return this;
    }

    /** @return this action, returning every attribute of each item ({@code Select ALL_ATTRIBUTES}) */
    public Scan selectAllAttributes() {
        return select(Select.ALL_ATTRIBUTES);
    }

    /** @return this action, returning the attributes projected into the index ({@code Select ALL_PROJECTED_ATTRIBUTES}) */
    public Scan selectAllProjectedAttributes() {
        return select(Select.ALL_PROJECTED_ATTRIBUTES);
    }

    /** @return this action, returning the attributes of the projection ({@code Select SPECIFIC_ATTRIBUTES}) */
    public Scan selectSpecificAttributes() {
        return select(Select.SPECIFIC_ATTRIBUTES);
    }

    /** @return this action, returning the count of matching items and no item ({@code Select COUNT}) */
    public Scan selectCount() {
        return select(Select.COUNT);
    }

    /**
     * The legacy form of a projection (API member {@code AttributesToGet}); prefer
     * {@link #projectionExpression(String)}. Adds to the names already set.
     *
     * @param attributeNames the attributes to return
     * @return this action
     */
    public Scan attributesToGet(String... attributeNames) {
        Variadic.addAll(members.attributesToGet(), "attributesToGet", attributeNames);
        return this;
    }

    /**
     * @param attributeNames the attributes to return, added to those already set
     * @return this action
     * @see #attributesToGet(String...)
     */
    public Scan attributesToGet(Iterable<String> attributeNames) {
        Variadic.addAll(members.attributesToGet(), "attributesToGet", attributeNames);
        return this;
    }

    /**
     * @param attributeNames the attributes to return, added to those already set
     * @return this action
     * @see #attributesToGet(String...)
     */
    public Scan attributesToGet(Stream<String> attributeNames) {
        Variadic.addAll(members.attributesToGet(), "attributesToGet", attributeNames);
        return this;
    }

    /**
     * Ends the page after this many items were evaluated, before the filter (API member {@code Limit}).
     *
     * @param limit at least 1
     * @return this action
     */
    public Scan limit(int limit) {
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
    public Scan consistentRead(boolean consistentRead) {
        members.consistentRead(consistentRead);
        return this;
    }

    /**
     * Adds a legacy filter condition on an attribute (API member {@code ScanFilter}); prefer
     * {@link #filterExpression(String)}.
     *
     * @param attributeName the attribute
     * @param condition     the condition on it
     * @return this action
     */
    public Scan scanFilter(String attributeName, Condition condition) {
        members.filter(attributeName, condition);
        return this;
    }

    /**
     * @param conditions legacy filter conditions by attribute name, added to those already set
     * @return this action
     * @see #scanFilter(String, Condition)
     */
    public Scan scanFilter(Map<String, Condition> conditions) {
        conditions.forEach(this::scanFilter);
        return this;
    }

    /**
     * @param conditionalOperator how the legacy {@code ScanFilter} conditions combine (API member
     *                            {@code ConditionalOperator})
     * @return this action
     */
    public Scan conditionalOperator(ConditionalOperator conditionalOperator) {
        members.conditionalOperator(conditionalOperator);
        return this;
    }

    /** @return this action, where every legacy filter condition must hold (the default) */
    public Scan conditionalOperatorAnd() {
        return conditionalOperator(ConditionalOperator.AND);
    }

    /** @return this action, where at least one legacy filter condition must hold */
    public Scan conditionalOperatorOr() {
        return conditionalOperator(ConditionalOperator.OR);
    }

    /**
     * Starts after this key (API member {@code ExclusiveStartKey}): the {@link ScanResponse#lastEvaluatedKey()}
     * of the previous page.
     *
     * @param exclusiveStartKey the key, or {@code null} to start from the first page, so that a paging loop
     *                          can pass the last page's key as it is
     * @return this action
     */
    public Scan exclusiveStartKey(Map<String, ?> exclusiveStartKey) {
        members.exclusiveStartKey(exclusiveStartKey);
        return this;
    }

    /**
     * @param returnConsumedCapacity how much consumed capacity to report (API member
     *                               {@code ReturnConsumedCapacity})
     * @return this action
     */
    public Scan returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
        members.returnConsumedCapacity(returnConsumedCapacity);
        return this;
    }

    /** @return this action, reporting the total consumed capacity */
    public Scan returnConsumedCapacityTotal() {
        return returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
    }

    /** @return this action, reporting the consumed capacity of the table and each index */
    public Scan returnConsumedCapacityIndexes() {
        return returnConsumedCapacity(ReturnConsumedCapacity.INDEXES);
    }

    /** @return this action, reporting no consumed capacity (the default) */
    public Scan returnConsumedCapacityNone() {
        return returnConsumedCapacity(ReturnConsumedCapacity.NONE);
    }

    /**
     * Makes this request one of {@code totalSegments} parallel scans, each reading its own part of the table
     * (API members {@code Segment} and {@code TotalSegments}). Every worker sends the same Scan with its own
     * segment and pages through it independently.
     *
     * @param segment       this worker's segment, from 0 to {@code totalSegments - 1}
     * @param totalSegments how many segments the table is split into, from 1 to 1000000
     * @return this action
     */
    public Scan segment(int segment, int totalSegments) {
        return segment(segment).totalSegments(totalSegments);
    }

    /**
     * @param segment this worker's segment, from 0 to {@code TotalSegments - 1} (API member {@code Segment});
     *                needs {@link #totalSegments(int)}
     * @return this action
     * @see #segment(int, int)
     */
    public Scan segment(int segment) {
        this.segment = segment;
        return this;
    }

    /**
     * @param totalSegments how many segments the table is split into, from 1 to 1000000 (API member
     *                      {@code TotalSegments}); needs {@link #segment(int)}
     * @return this action
     * @see #segment(int, int)
     */
    public Scan totalSegments(int totalSegments) {
        this.totalSegments = totalSegments;
        return this;
    }

    /**
     * @param projectionExpression the attributes to return, such as {@code "a, b.c, #n[0]"} (API member
     *                             {@code ProjectionExpression}); by default all are returned
     * @return this action
     */
    public Scan projectionExpression(String projectionExpression) {
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
    public Scan projectionExpression(ProjectionExpression projectionExpression) {
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
    public Scan filterExpression(String filterExpression) {
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
    public Scan filterExpression(ConditionExpression filterExpression) {
        members.filterExpression(filterExpression);
        return this;
    }

    /**
     * Defines a name placeholder used in the expressions (API member {@code ExpressionAttributeNames}).
     *
     * @param placeholder such as {@code #n}
     * @param name        the attribute name it stands for
     * @return this action
     */
    public Scan expressionAttributeName(String placeholder, String name) {
        members.expressionAttributeName(placeholder, name);
        return this;
    }

    /**
     * @param names name placeholders and the names they stand for, added to those already set
     * @return this action
     */
    public Scan expressionAttributeNames(Map<String, String> names) {
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
    public Scan expressionAttributeValue(String placeholder, Object value) {
        members.expressionAttributeValue(placeholder, value);
        return this;
    }

    /**
     * @param values value placeholders and the values they stand for, added to those already set
     * @return this action
     */
    public Scan expressionAttributeValues(Map<String, ?> values) {
        values.forEach(this::expressionAttributeValue);
        return this;
    }

    @Override
    protected String tableName() {
        return members.tableName();
    }

    @Override
    protected void validate() {
        members.validate("new Scan(tableName) or .tableName(...)");
        if (segment == null && totalSegments == null) {
            return;
        }
        if (segment == null || totalSegments == null) {
            throw new BuilderException("Scan needs Segment and TotalSegments together, and only "
                    + (segment == null ? "TotalSegments" : "Segment") + " is set."
                    + " Set both with .segment(segment, totalSegments)");
        }
        if (totalSegments < 1 || totalSegments > MAX_TOTAL_SEGMENTS) {
            throw new BuilderException("Scan needs TotalSegments from 1 to " + MAX_TOTAL_SEGMENTS + ", and it is "
                    + totalSegments + ". Set it with .segment(segment, totalSegments)");
        }
        if (segment < 0 || segment >= totalSegments) {
            throw new BuilderException("Scan needs Segment from 0 to TotalSegments - 1 (" + (totalSegments - 1)
                    + "), and it is " + segment + ". Set it with .segment(segment, totalSegments)");
        }
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        Placeholders placeholders = members.placeholders();
        generator.writeStartObject();
        members.writeTarget(generator);
        members.writeAttributesToGetAndLimit(generator);
        members.writeSelect(generator);
        members.writeFilter(generator, Members.SCAN_FILTER);
        members.writeStartKeyAndCapacity(generator);
        JsonWrites.number(generator, Members.TOTAL_SEGMENTS, totalSegments);
        JsonWrites.number(generator, Members.SEGMENT, segment);
        members.writeProjectionAndFilterExpressions(generator, placeholders);
        members.writeExpressionAttributes(generator, placeholders);
        members.writeConsistentRead(generator);
        generator.writeEndObject();
    }

    @Override
    protected ScanResponse readResponse(JsonParser parser) {
        return ScanResponse.read(parser);
    }
}
