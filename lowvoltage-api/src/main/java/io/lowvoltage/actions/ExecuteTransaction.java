package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Runs up to 100 PartiQL statements as one transaction, all or none: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExecuteTransaction.html">ExecuteTransaction</a>.
 *
 * <pre>{@code
 * connection.request(new ExecuteTransaction()
 *         .statement("UPDATE T SET a = a - ? WHERE h = ?", 1, "from")
 *         .statement("UPDATE T SET a = a + ? WHERE h = ?", 1, "to")
 *         .clientRequestToken("transfer-42"));
 * }</pre>
 *
 * <p>{@link #statement(String, Object...)} adds a statement; {@link #parameters(Object...)} and
 * {@code ReturnValuesOnConditionCheckFailure} apply to the statement added last. Mandatory: 1 to 100 statements,
 * all reads or all writes. When no {@link #clientRequestToken(String) client request token} is set, each
 * {@code Connection.request} call sends a new random one, which its retries repeat. A failed condition cancels
 * the whole transaction with {@link io.lowvoltage.exceptions.TransactionCanceledException}. Not thread-safe: a
 * builder.
 */
public final class ExecuteTransaction extends Action<ExecuteTransactionResponse> {
    private static final String OPERATION = "ExecuteTransaction";
    private static final String HOW_TO_ADD = ".statement(statement, parameters...)";

    private final LastAdded<PartiQLStatement> statements = new LastAdded<>(OPERATION, "TransactStatements",
            HOW_TO_ADD, 100);
    private String clientRequestToken;
    private String tokenToSend;
    private ReturnConsumedCapacity returnConsumedCapacity;

    /** An empty ExecuteTransaction: add statements with {@link #statement(String, Object...)}. */
    public ExecuteTransaction() {
    }

    @Override
    protected String operation() {
        return OPERATION;
    }

    /**
     * Adds a statement, after those already added (a {@code ParameterizedStatement} in API member
     * {@code TransactStatements}).
     *
     * @param statement  the PartiQL statement (API member {@code Statement})
     * @param parameters values for its {@code ?}, in order (API member {@code Parameters}), following the
     *                   attribute value mapping of {@link io.lowvoltage.Item}; a {@code null} is NULL
     * @return this action
     */
    public ExecuteTransaction statement(String statement, Object... parameters) {
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
    public ExecuteTransaction parameters(Object... parameters) {
        statements.last("parameters").parameters(parameters);
        return this;
    }

    /**
     * @param parameters values for the {@code ?} of the statement added last, after those already added
     * @return this action
     * @see #parameters(Object...)
     */
    public ExecuteTransaction parameters(Iterable<?> parameters) {
        statements.last("parameters").parameters(parameters);
        return this;
    }

    /**
     * @param parameters values for the {@code ?} of the statement added last, after those already added; the
     *                   stream is consumed
     * @return this action
     * @see #parameters(Object...)
     */
    public ExecuteTransaction parameters(Stream<?> parameters) {
        statements.last("parameters").parameters(parameters);
        return this;
    }

    /**
     * @param returnValuesOnConditionCheckFailure whether the cancellation reason of the statement added last
     *                                            carries the item when its condition fails (API member
     *                                            {@code ReturnValuesOnConditionCheckFailure})
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when no statement was added yet
     */
    public ExecuteTransaction returnValuesOnConditionCheckFailure(
            ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {
        statements.last("returnValuesOnConditionCheckFailure")
                .returnValuesOnConditionCheckFailure(returnValuesOnConditionCheckFailure);
        return this;
    }

    /**
     * @return this action, putting the item as it was in the
     *         {@link io.lowvoltage.exceptions.CancellationReason#item() cancellation reason} of the statement added
     *         last when its condition fails
     */
    public ExecuteTransaction returnValuesOnConditionCheckFailureAllOld() {
        return returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
    }

    /** @return this action, returning no item when the condition of the statement added last fails (the default) */
    public ExecuteTransaction returnValuesOnConditionCheckFailureNone() {
        return returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.NONE);
    }

    /**
     * Makes the request idempotent for 10 minutes: a repeat with the same token is not applied again (API member
     * {@code ClientRequestToken}). When unset, each {@code Connection.request} call sends a new random token.
     *
     * @param clientRequestToken up to 36 characters
     * @return this action
     */
    public ExecuteTransaction clientRequestToken(String clientRequestToken) {
        this.clientRequestToken = Objects.requireNonNull(clientRequestToken, "clientRequestToken");
        return this;
    }

    /**
     * @param returnConsumedCapacity how much consumed capacity to report (API member
     *                               {@code ReturnConsumedCapacity})
     * @return this action
     */
    public ExecuteTransaction returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
        this.returnConsumedCapacity = Objects.requireNonNull(returnConsumedCapacity, "returnConsumedCapacity");
        return this;
    }

    /** @return this action, reporting the total consumed capacity of each table */
    public ExecuteTransaction returnConsumedCapacityTotal() {
        return returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
    }

    /** @return this action, reporting the consumed capacity of each table and each index */
    public ExecuteTransaction returnConsumedCapacityIndexes() {
        return returnConsumedCapacity(ReturnConsumedCapacity.INDEXES);
    }

    /** @return this action, reporting no consumed capacity (the default) */
    public ExecuteTransaction returnConsumedCapacityNone() {
        return returnConsumedCapacity(ReturnConsumedCapacity.NONE);
    }

    @Override
    protected void validate() {
        PartiQLStatement.validateAll(OPERATION, statements, HOW_TO_ADD);
        tokenToSend = LastAdded.tokenOrRandom(clientRequestToken);
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        PartiQLStatement.writeAll(generator, TransactionMembers.TRANSACT_STATEMENTS, statements.all());
        JsonWrites.string(generator, TransactionMembers.CLIENT_REQUEST_TOKEN, tokenToSend);
        JsonWrites.constant(generator, Members.RETURN_CONSUMED_CAPACITY, returnConsumedCapacity);
        generator.writeEndObject();
    }

    @Override
    protected ExecuteTransactionResponse readResponse(JsonParser parser) {
        return new ExecuteTransactionResponse(parser);
    }
}
