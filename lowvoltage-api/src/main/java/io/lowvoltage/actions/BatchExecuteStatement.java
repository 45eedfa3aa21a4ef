package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Runs up to 25 PartiQL statements, each on its own: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchExecuteStatement.html">BatchExecuteStatement</a>.
 *
 * <pre>{@code
 * BatchExecuteStatementResponse response = connection.request(new BatchExecuteStatement()
 *         .statement("INSERT INTO T VALUE {'h': ?}", 1)
 *         .statement("UPDATE T SET a = ? WHERE h = ?", "x", 2)
 *         .statement("SELECT * FROM T WHERE h = ?", 3).consistentRead(true));
 * }</pre>
 *
 * <p>{@link #statement(String, Object...)} adds a statement; {@link #parameters(Object...)},
 * {@link #consistentRead(boolean)} and {@code ReturnValuesOnConditionCheckFailure} apply to the statement added
 * last. Mandatory: 1 to 25 statements, all reads or all writes. One statement failing does not fail the others:
 * each has its own {@link BatchStatementResponse#error() error} in the response. Not thread-safe: a builder.
 */
public final class BatchExecuteStatement extends Action<BatchExecuteStatementResponse> {
    private static final String OPERATION = "BatchExecuteStatement";
    private static final String HOW_TO_ADD = ".statement(statement, parameters...)";

    private final LastAdded<PartiQLStatement> statements = new LastAdded<>(OPERATION, "Statements", HOW_TO_ADD, 25);
    private ReturnConsumedCapacity returnConsumedCapacity;

    /** An empty BatchExecuteStatement: add statements with {@link #statement(String, Object...)}. */
    public BatchExecuteStatement() {
    }

    @Override
    protected String operation() {
        return OPERATION;
    }

    /**
     * Adds a statement, after those already added (a {@code BatchStatementRequest} in API member
     * {@code Statements}).
     *
     * @param statement  the PartiQL statement (API member {@code Statement})
     * @param parameters values for its {@code ?}, in order (API member {@code Parameters}), following the
     *                   attribute value mapping of {@link io.lowvoltage.Item}; a {@code null} is NULL
     * @return this action
     */
    public BatchExecuteStatement statement(String statement, Object... parameters) {
        statements.add(new PartiQLStatement(Objects.requireNonNull(statement, "statement"))).parameters(parameters);
        return this;
    }

    /**
     * Adds values for the {@code ?} of the statement added last, after those already added (API member
     * {@code Parameters}). A {@code List} passed alone goes to the {@link #parameters(Iterable)} overload: wrap it
     * as {@code parameters((Object) list)} to pass it as one L value.
     *
     * @param parameters the values
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when no statement was added yet
     */
    public BatchExecuteStatement parameters(Object... parameters) {
        statements.last("parameters").parameters(parameters);
        return this;
    }

    /**
     * @param parameters values for the {@code ?} of the statement added last, after those already added
     * @return this action
     * @see #parameters(Object...)
     */
    public BatchExecuteStatement parameters(Iterable<?> parameters) {
        statements.last("parameters").parameters(parameters);
        return this;
    }

    /**
     * @param parameters values for the {@code ?} of the statement added last, after those already added; the
     *                   stream is consumed
     * @return this action
     * @see #parameters(Object...)
     */
    public BatchExecuteStatement parameters(Stream<?> parameters) {
        statements.last("parameters").parameters(parameters);
        return this;
    }

    /**
     * Makes the read of the statement added last strongly consistent instead of eventually (API member
     * {@code ConsistentRead}).
     *
     * @param consistentRead whether the read is strongly consistent
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when no statement was added yet
     */
    public BatchExecuteStatement consistentRead(boolean consistentRead) {
        statements.last("consistentRead").consistentRead(consistentRead);
        return this;
    }

    /**
     * @param returnValuesOnConditionCheckFailure whether the error of the statement added last carries the item
     *                                            when its condition fails (API member
     *                                            {@code ReturnValuesOnConditionCheckFailure})
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when no statement was added yet
     */
    public BatchExecuteStatement returnValuesOnConditionCheckFailure(
            ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {
        statements.last("returnValuesOnConditionCheckFailure")
                .returnValuesOnConditionCheckFailure(returnValuesOnConditionCheckFailure);
        return this;
    }

    /**
     * @return this action, putting the existing item in the {@link BatchStatementError#item() error} of the
     *         statement added last when its condition fails
     */
    public BatchExecuteStatement returnValuesOnConditionCheckFailureAllOld() {
        return returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
    }

    /** @return this action, returning no item when the condition of the statement added last fails (the default) */
    public BatchExecuteStatement returnValuesOnConditionCheckFailureNone() {
        return returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.NONE);
    }

    /**
     * @param returnConsumedCapacity how much consumed capacity to report (API member
     *                               {@code ReturnConsumedCapacity})
     * @return this action
     */
    public BatchExecuteStatement returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
        this.returnConsumedCapacity = Objects.requireNonNull(returnConsumedCapacity, "returnConsumedCapacity");
        return this;
    }

    /** @return this action, reporting the total consumed capacity of each table */
    public BatchExecuteStatement returnConsumedCapacityTotal() {
        return returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
    }

    /** @return this action, reporting the consumed capacity of each table and each index */
    public BatchExecuteStatement returnConsumedCapacityIndexes() {
        return returnConsumedCapacity(ReturnConsumedCapacity.INDEXES);
    }

    /** @return this action, reporting no consumed capacity (the default) */
    public BatchExecuteStatement returnConsumedCapacityNone() {
        return returnConsumedCapacity(ReturnConsumedCapacity.NONE);
    }

    @Override
    protected void validate() {
        PartiQLStatement.validateAll(OPERATION, statements, HOW_TO_ADD);
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        PartiQLStatement.writeAll(generator, TransactionMembers.STATEMENTS, statements.all());
        JsonWrites.constant(generator, Members.RETURN_CONSUMED_CAPACITY, returnConsumedCapacity);
        generator.writeEndObject();
    }

    @Override
    protected BatchExecuteStatementResponse readResponse(JsonParser parser) {
        return BatchExecuteStatementResponse.read(parser);
    }
}
