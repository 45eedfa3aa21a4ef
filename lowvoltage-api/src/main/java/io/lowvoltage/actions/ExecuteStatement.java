package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Runs one PartiQL statement, a read or a write: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExecuteStatement.html">ExecuteStatement</a>.
 *
 * <pre>{@code
 * ExecuteStatementResponse page = connection.request(new ExecuteStatement("SELECT * FROM T WHERE h = ?")
 *         .parameters(1)
 *         .limit(10));
 * // while page.nextToken() != null: the same statement with .nextToken(page.nextToken())
 * }</pre>
 * Mandatory: the statement, in the constructor or chained. Parameters replace the {@code ?} of the statement, in
 * order, and follow the attribute value mapping of {@link io.lowvoltage.Item}. A write whose condition does not
 * hold fails with {@link io.lowvoltage.exceptions.ConditionalCheckFailedException}. Not thread-safe: a builder.
 */
public final class ExecuteStatement extends Action<ExecuteStatementResponse> {
    private final PartiQLStatement statement = new PartiQLStatement(null);
    private String nextToken;
    private ReturnConsumedCapacity returnConsumedCapacity;
    private Integer limit;

    /** An empty ExecuteStatement: set the statement by chaining. */
    public ExecuteStatement() {
    }

    /** @param statement the PartiQL statement, such as {@code "SELECT * FROM T WHERE h = ?"} */
    public ExecuteStatement(String statement) {
        statement(statement);
    }

    @Override
    protected String operation() {
        return "ExecuteStatement";
    }

    /**
     * @param statement the PartiQL statement, such as {@code "UPDATE T SET a = ? WHERE h = ?"} (API member
     *                  {@code Statement})
     * @return this action
     */
    public ExecuteStatement statement(String statement) {
        this.statement.statement(statement);
        return this;
    }

    /**
     * Adds values for the {@code ?} of the statement, after those already added (API member {@code Parameters}).
     * Each value follows the attribute value mapping of {@link io.lowvoltage.Item}; a {@code null} is NULL, and a
     * {@code List} passed alone goes to the {@link #parameters(Iterable)} overload: wrap it as
     * {@code parameters((Object) list)} to pass it as one L value.
     *
     * @param parameters the values, in the order of the {@code ?}
     * @return this action
     */
    public ExecuteStatement parameters(Object... parameters) {
        statement.parameters(parameters);
        return this;
    }

    /**
     * @param parameters values for the {@code ?} of the statement, after those already added
     * @return this action
     * @see #parameters(Object...)
     */
    public ExecuteStatement parameters(Iterable<?> parameters) {
        statement.parameters(parameters);
        return this;
    }

    /**
     * @param parameters values for the {@code ?} of the statement, after those already added; the stream is
     *                   consumed
     * @return this action
     * @see #parameters(Object...)
     */
    public ExecuteStatement parameters(Stream<?> parameters) {
        statement.parameters(parameters);
        return this;
    }

    /**
     * Reads with strong consistency instead of eventual (API member {@code ConsistentRead}).
     *
     * @param consistentRead whether the read is strongly consistent
     * @return this action
     */
    public ExecuteStatement consistentRead(boolean consistentRead) {
        statement.consistentRead(consistentRead);
        return this;
    }

    /**
     * @param nextToken where to continue: {@link ExecuteStatementResponse#nextToken()} of the previous page (API
     *                  member {@code NextToken})
     * @return this action
     */
    public ExecuteStatement nextToken(String nextToken) {
        this.nextToken = Objects.requireNonNull(nextToken, "nextToken");
        return this;
    }

    /**
     * @param returnConsumedCapacity how much consumed capacity to report (API member
     *                               {@code ReturnConsumedCapacity})
     * @return this action
     */
    public ExecuteStatement returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
        this.returnConsumedCapacity = Objects.requireNonNull(returnConsumedCapacity, "returnConsumedCapacity");
        return this;
    }

    /** @return this action, reporting the total consumed capacity */
    public ExecuteStatement returnConsumedCapacityTotal() {
        return returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
    }

    /** @return this action, reporting the consumed capacity of the table and each index */
    public ExecuteStatement returnConsumedCapacityIndexes() {
        return returnConsumedCapacity(ReturnConsumedCapacity.INDEXES);
    }

    /** @return this action, reporting no consumed capacity (the default) */
    public ExecuteStatement returnConsumedCapacityNone() {
        return returnConsumedCapacity(ReturnConsumedCapacity.NONE);
    }

    /**
     * @param limit how many items to evaluate at most in this page, 1 or more (API member {@code Limit})
     * @return this action
     */
    public ExecuteStatement limit(int limit) {
        this.limit = limit;
        return this;
    }

    /**
     * @param returnValuesOnConditionCheckFailure what the error carries when the condition of a write does not
     *                                            hold (API member {@code ReturnValuesOnConditionCheckFailure})
     * @return this action
     */
    public ExecuteStatement returnValuesOnConditionCheckFailure(
            ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {
        statement.returnValuesOnConditionCheckFailure(returnValuesOnConditionCheckFailure);
        return this;
    }

    /**
     * @return this action, putting the existing item in
     *         {@link io.lowvoltage.exceptions.ConditionalCheckFailedException#item()} when the condition fails
     */
    public ExecuteStatement returnValuesOnConditionCheckFailureAllOld() {
        return returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
    }

    /** @return this action, returning no item when the condition fails (the default) */
    public ExecuteStatement returnValuesOnConditionCheckFailureNone() {
        return returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.NONE);
    }

    @Override
    protected void validate() {
        Require.present(statement.statement(), "ExecuteStatement", "Statement",
                "new ExecuteStatement(statement) or .statement(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        statement.writeStatementAndParameters(generator, "");
        statement.writeConsistentRead(generator);
        JsonWrites.string(generator, TransactionMembers.NEXT_TOKEN, nextToken);
        JsonWrites.constant(generator, Members.RETURN_CONSUMED_CAPACITY, returnConsumedCapacity);
        JsonWrites.number(generator, Members.LIMIT, limit);
        statement.writeReturnValuesOnConditionCheckFailure(generator);
        generator.writeEndObject();
    }

    @Override
    protected ExecuteStatementResponse readResponse(JsonParser parser) {
        return ExecuteStatementResponse.read(parser);
    }
}
