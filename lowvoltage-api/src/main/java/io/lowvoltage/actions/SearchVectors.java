package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.Variadic;
import io.lowvoltage.internal.json.AttributeValues;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Finds the items whose vectors are most similar to a search vector, in a vector index: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_SearchVectors.html">SearchVectors</a>.
 *
 * <pre>{@code
 * SearchVectorsResponse response = connection.request(new SearchVectors("T", "embeddings")
 *         .searchVector(0.12f, -0.5f, 0.33f)
 *         .topK(10)
 *         .searchConditionExpression("category = :c")
 *         .expressionAttributeValue(":c", "books"));
 * }</pre>
 * Mandatory: the table and index names, in the constructor or chained, the search vector, with as many elements
 * as the index has dimensions, and {@code TopK}. Not thread-safe: a builder.
 */
public final class SearchVectors extends Action<SearchVectorsResponse> {
    private String tableName;
    private String indexName;
    private ReturnConsumedCapacity returnConsumedCapacity;
    private final HandPlaceholders handPlaceholders = new HandPlaceholders();
    private String projectionExpression;
    private final List<Number> searchVector = new ArrayList<>();
    private String searchConditionExpression;
    private Integer topK;

    /** An empty SearchVectors: set the table, index, search vector and TopK by chaining. */
    public SearchVectors() {
    }

    /**
     * @param tableName the table's name or ARN
     * @param indexName the vector index to search
     */
    public SearchVectors(String tableName, String indexName) {
        tableName(tableName);
        indexName(indexName);
    }

    @Override
    protected String operation() {
        return "SearchVectors";
    }

    /**
     * @param tableName the table's name or ARN (API member {@code TableName})
     * @return this action
     */
    public SearchVectors tableName(String tableName) {
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        return this;
    }

    /**
     * @param indexName the vector index to search, which must be {@code ACTIVE} (API member {@code IndexName})
     * @return this action
     */
    public SearchVectors indexName(String indexName) {
        this.indexName = Objects.requireNonNull(indexName, "indexName");
        return this;
    }

    /**
     * @param returnConsumedCapacity how much consumed capacity to report (API member
     *                               {@code ReturnConsumedCapacity})
     * @return this action
     */
    public SearchVectors returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
        this.returnConsumedCapacity = Objects.requireNonNull(returnConsumedCapacity, "returnConsumedCapacity");
        return this;
    }

    /** @return this action, reporting the total consumed capacity */
    public SearchVectors returnConsumedCapacityTotal() {
        return returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
    }

    /** @return this action, reporting the consumed capacity of the table and each index */
    public SearchVectors returnConsumedCapacityIndexes() {
        return returnConsumedCapacity(ReturnConsumedCapacity.INDEXES);
    }

    /** @return this action, reporting no consumed capacity (the default) */
    public SearchVectors returnConsumedCapacityNone() {
        return returnConsumedCapacity(ReturnConsumedCapacity.NONE);
    }

    /**
     * Defines a name placeholder used in the expressions (API member {@code ExpressionAttributeNames}).
     *
     * @param placeholder such as {@code #n}
     * @param name        the attribute name it stands for
     * @return this action
     */
    public SearchVectors expressionAttributeName(String placeholder, String name) {
        handPlaceholders.name(placeholder, name);
        return this;
    }

    /**
     * @param names name placeholders and the names they stand for, added to those already set (API member
     *              {@code ExpressionAttributeNames})
     * @return this action
     */
    public SearchVectors expressionAttributeNames(Map<String, String> names) {
        names.forEach(this::expressionAttributeName);
        return this;
    }

    /**
     * Defines a value placeholder used in the search condition expression (API member
     * {@code ExpressionAttributeValues}).
     *
     * @param placeholder such as {@code :v}
     * @param value       the value it stands for, following the attribute value mapping of
     *                    {@link io.lowvoltage.Item}; {@code null} is NULL
     * @return this action
     */
    public SearchVectors expressionAttributeValue(String placeholder, Object value) {
        handPlaceholders.value(placeholder, value);
        return this;
    }

    /**
     * @param values value placeholders and the values they stand for, added to those already set (API member
     *               {@code ExpressionAttributeValues})
     * @return this action
     */
    public SearchVectors expressionAttributeValues(Map<String, ?> values) {
        values.forEach(this::expressionAttributeValue);
        return this;
    }

    /**
     * @param projectionExpression the attributes to return, among those projected into the index (API member
     *                             {@code ProjectionExpression}); by default all projected attributes
     * @return this action
     */
    public SearchVectors projectionExpression(String projectionExpression) {
        this.projectionExpression = Objects.requireNonNull(projectionExpression, "projectionExpression");
        return this;
    }

    /**
     * Adds elements to the vector to search for, after those already added (API member {@code SearchVector}):
     * 32-bit floats, sent as DynamoDB numbers in their shortest exact decimal form.
     *
     * @param elements the elements, as many in all as the index has dimensions
     * @return this action
     */
    public SearchVectors searchVector(float... elements) {
        Objects.requireNonNull(elements, "searchVector");
        for (float element : elements) {
            searchVector.add(element);
        }
        return this;
    }

    /**
     * @param elements elements of the vector to search for, after those already added (API member
     *                 {@code SearchVector}), such as {@code Float}s; any {@code Number} of the attribute value
     *                 mapping of {@link io.lowvoltage.Item}
     * @return this action
     * @see #searchVector(float...)
     */
    public SearchVectors searchVector(Iterable<? extends Number> elements) {
        Variadic.addAll(searchVector, "searchVector", elements);
        return this;
    }

    /**
     * @param elements elements of the vector to search for, after those already added (API member
     *                 {@code SearchVector}); the stream is consumed
     * @return this action
     * @see #searchVector(float...)
     */
    public SearchVectors searchVector(Stream<? extends Number> elements) {
        Variadic.addAll(searchVector, "searchVector", elements);
        return this;
    }

    /**
     * @param searchConditionExpression a filter on the attributes of the index's search schema, such as
     *                                  {@code "category = :c"} (API member {@code SearchConditionExpression})
     * @return this action
     */
    public SearchVectors searchConditionExpression(String searchConditionExpression) {
        this.searchConditionExpression = Objects.requireNonNull(searchConditionExpression,
                "searchConditionExpression");
        return this;
    }

    /**
     * @param topK how many of the most similar items to return, 1 or more (API member {@code TopK})
     * @return this action
     */
    public SearchVectors topK(int topK) {
        this.topK = topK;
        return this;
    }

    @Override
    protected String tableName() {
        return tableName;
    }

    @Override
    protected void validate() {
        Require.present(tableName, "SearchVectors", "TableName",
                "new SearchVectors(tableName, indexName) or .tableName(...)");
        Require.present(indexName, "SearchVectors", "IndexName",
                "new SearchVectors(tableName, indexName) or .indexName(...)");
        Require.present(searchVector, "SearchVectors", "SearchVector", ".searchVector(elements...)");
        Require.present(topK, "SearchVectors", "TopK", ".topK(k)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.TABLE_NAME, tableName);
        JsonWrites.string(generator, Members.INDEX_NAME, indexName);
        JsonWrites.constant(generator, Members.RETURN_CONSUMED_CAPACITY, returnConsumedCapacity);
        JsonWrites.stringMap(generator, Members.EXPRESSION_ATTRIBUTE_NAMES, handPlaceholders.names());
        JsonWrites.attributeMap(generator, Members.EXPRESSION_ATTRIBUTE_VALUES, handPlaceholders.values(),
                "ExpressionAttributeValues");
        JsonWrites.string(generator, Members.PROJECTION_EXPRESSION, projectionExpression);
        generator.writeName(TransactionMembers.SEARCH_VECTOR);
        AttributeValues.writeList(generator, searchVector, "SearchVector");
        JsonWrites.string(generator, TransactionMembers.SEARCH_CONDITION_EXPRESSION, searchConditionExpression);
        JsonWrites.number(generator, TransactionMembers.TOP_K, topK);
        generator.writeEndObject();
    }

    @Override
    protected SearchVectorsResponse readResponse(JsonParser parser) {
        return SearchVectorsResponse.read(parser);
    }
}
