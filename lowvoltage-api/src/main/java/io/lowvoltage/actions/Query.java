package io.lowvoltage.actions;

import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.expressions.KeyConditionExpression;
import io.lowvoltage.internal.expressions.Placeholders;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
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
public final class Query extends QueryScanAction<Query, QueryResponse> {
    private final Map<String, Condition> keyConditions = new LinkedHashMap<>();
    private Boolean scanIndexForward;
    private String keyConditionExpression;
    private KeyConditionExpression keyCondition;

    /** An empty Query: set the table name and the key condition by chaining. */
    public Query() {
        super("Query");
    }

    /** @param tableName the table's name or ARN */
    public Query(String tableName) {
        this();
        tableName(tableName);
    }

    @Override
    protected String operation() {
        return "Query";
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
