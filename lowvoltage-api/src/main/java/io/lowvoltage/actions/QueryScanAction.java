package io.lowvoltage.actions;

import io.lowvoltage.expressions.ConditionExpression;
import io.lowvoltage.expressions.ProjectionExpression;
import io.lowvoltage.internal.Variadic;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What {@link Query} and {@link Scan} share: their {@link QueryScanMembers} and its public setters. Each setter
 * returns the concrete action, so chains keep their type; each action writes the shared members in the order of
 * its own API shape.
 *
 * @param <A> the concrete action
 * @param <R> its response
 */
abstract class QueryScanAction<A extends QueryScanAction<A, R>, R> extends ExpressionAction<A, R> {
    final QueryScanMembers members;

    /** @param operation {@code Query} or {@code Scan}, for error messages */
    QueryScanAction(String operation) {
        members = new QueryScanMembers(operation);
    }

    @Override
    HandPlaceholders handPlaceholders() {
        return members.handPlaceholders();
    }

    @Override
    void storeReturnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
        members.returnConsumedCapacity(returnConsumedCapacity);
    }

    /**
     * @param tableName the table's name or ARN (API member {@code TableName})
     * @return this action
     */
    public A tableName(String tableName) {
        members.tableName(tableName);
        return self();
    }

    /**
     * Reads a secondary index of the table instead of the table itself (API member {@code IndexName}).
     *
     * @param indexName the index's name
     * @return this action
     */
    public A indexName(String indexName) {
        members.indexName(indexName);
        return self();
    }

    /**
     * @param select which attributes to return, or only the count (API member {@code Select})
     * @return this action
     */
    public A select(Select select) {
        members.select(select);
        return self();
    }

    /** @return this action, returning every attribute of each item ({@code Select ALL_ATTRIBUTES}) */
    public A selectAllAttributes() {
        return select(Select.ALL_ATTRIBUTES);
    }

    /** @return this action, returning the attributes projected into the index ({@code Select ALL_PROJECTED_ATTRIBUTES}) */
    public A selectAllProjectedAttributes() {
        return select(Select.ALL_PROJECTED_ATTRIBUTES);
    }

    /** @return this action, returning the attributes of the projection ({@code Select SPECIFIC_ATTRIBUTES}) */
    public A selectSpecificAttributes() {
        return select(Select.SPECIFIC_ATTRIBUTES);
    }

    /** @return this action, returning the count of matching items and no item ({@code Select COUNT}) */
    public A selectCount() {
        return select(Select.COUNT);
    }

    /**
     * The legacy form of a projection (API member {@code AttributesToGet}); prefer
     * {@link #projectionExpression(String)}. Adds to the names already set.
     *
     * @param attributeNames the attributes to return
     * @return this action
     */
    public A attributesToGet(String... attributeNames) {
        Variadic.addAll(members.attributesToGet(), "attributesToGet", attributeNames);
        return self();
    }

    /**
     * @param attributeNames the attributes to return, added to those already set
     * @return this action
     * @see #attributesToGet(String...)
     */
    public A attributesToGet(Iterable<String> attributeNames) {
        Variadic.addAll(members.attributesToGet(), "attributesToGet", attributeNames);
        return self();
    }

    /**
     * @param attributeNames the attributes to return, added to those already set
     * @return this action
     * @see #attributesToGet(String...)
     */
    public A attributesToGet(Stream<String> attributeNames) {
        Variadic.addAll(members.attributesToGet(), "attributesToGet", attributeNames);
        return self();
    }

    /**
     * Ends the page after this many items were evaluated, before the filter (API member {@code Limit}).
     *
     * @param limit at least 1
     * @return this action
     */
    public A limit(int limit) {
        members.limit(limit);
        return self();
    }

    /**
     * Reads with strong consistency instead of eventual (API member {@code ConsistentRead}); global secondary
     * indexes only support eventual consistency.
     *
     * @param consistentRead whether the read is strongly consistent
     * @return this action
     */
    public A consistentRead(boolean consistentRead) {
        members.consistentRead(consistentRead);
        return self();
    }

    /**
     * @param conditionalOperator how the legacy {@code QueryFilter} or {@code ScanFilter} conditions combine
     *                            (API member {@code ConditionalOperator})
     * @return this action
     */
    public A conditionalOperator(ConditionalOperator conditionalOperator) {
        members.conditionalOperator(conditionalOperator);
        return self();
    }

    /** @return this action, where every legacy filter condition must hold (the default) */
    public A conditionalOperatorAnd() {
        return conditionalOperator(ConditionalOperator.AND);
    }

    /** @return this action, where at least one legacy filter condition must hold */
    public A conditionalOperatorOr() {
        return conditionalOperator(ConditionalOperator.OR);
    }

    /**
     * Starts after this key (API member {@code ExclusiveStartKey}): the last evaluated key of the previous page,
     * {@link QueryResponse#lastEvaluatedKey()} or {@link ScanResponse#lastEvaluatedKey()}.
     *
     * @param exclusiveStartKey the key, or {@code null} to start from the first page, so that a paging loop
     *                          can pass the last page's key as it is
     * @return this action
     */
    public A exclusiveStartKey(Map<String, ?> exclusiveStartKey) {
        members.exclusiveStartKey(exclusiveStartKey);
        return self();
    }

    /**
     * @param projectionExpression the attributes to return, such as {@code "a, b.c, #n[0]"} (API member
     *                             {@code ProjectionExpression}); by default all are returned
     * @return this action
     */
    public A projectionExpression(String projectionExpression) {
        members.projectionExpression(projectionExpression);
        return self();
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
    public A projectionExpression(ProjectionExpression projectionExpression) {
        members.projectionExpression(projectionExpression);
        return self();
    }

    /**
     * Keeps only the items for which this holds, after they were read (API member {@code FilterExpression}):
     * filtered items still count in {@code ScannedCount}, {@code Limit} and the capacity consumed.
     *
     * @param filterExpression such as {@code "#a > :x"}
     * @return this action
     */
    public A filterExpression(String filterExpression) {
        members.filterExpression(filterExpression);
        return self();
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
    public A filterExpression(ConditionExpression filterExpression) {
        members.filterExpression(filterExpression);
        return self();
    }

    @Override
    protected String tableName() {
        return members.tableName();
    }
}
