package io.lowvoltage.actions;

import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.AttributeValues;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;

/**
 * One PartiQL statement and its parameters: the members of {@link ExecuteStatement}'s input, of DynamoDB's
 * {@code BatchStatementRequest} and of {@code ParameterizedStatement}, which share them in the same order.
 * Parameters follow the attribute value mapping of {@link io.lowvoltage.Item}: a {@code null} is NULL.
 */
final class PartiQLStatement {
    private String statement;
    private final List<Object> parameters = new ArrayList<>();
    private Boolean consistentRead;
    private ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure;

    PartiQLStatement(String statement) {
        this.statement = statement;
    }

    void statement(String statement) {
        this.statement = Objects.requireNonNull(statement, "statement");
    }

    String statement() {
        return statement;
    }

    void parameters(Object[] values) {
        for (Object value : Objects.requireNonNull(values, "parameters")) {
            parameters.add(value);
        }
    }

    void parameters(Iterable<?> values) {
        for (Object value : Objects.requireNonNull(values, "parameters")) {
            parameters.add(value);
        }
    }

    void parameters(Stream<?> values) {
        Objects.requireNonNull(values, "parameters").forEachOrdered(parameters::add);
    }

    void consistentRead(boolean consistentRead) {
        this.consistentRead = consistentRead;
    }

    void returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure value) {
        this.returnValuesOnConditionCheckFailure = Objects.requireNonNull(value,
                "returnValuesOnConditionCheckFailure");
    }

    /**
     * Writes {@code Statement} and {@code Parameters}, when set.
     *
     * @param path where the statement stands, for error messages, such as {@code Statements[0]}; empty at the top
     */
    void writeStatementAndParameters(JsonGenerator generator, String path) {
        JsonWrites.string(generator, TransactionMembers.STATEMENT, statement);
        // The API takes one parameter at least: an empty list is a ValidationException.
        if (!parameters.isEmpty()) {
            generator.writeName(TransactionMembers.PARAMETERS);
            AttributeValues.writeList(generator, parameters, path + "Parameters");
        }
    }

    /** Writes {@code ConsistentRead}, when set. */
    void writeConsistentRead(JsonGenerator generator) {
        JsonWrites.bool(generator, Members.CONSISTENT_READ, consistentRead);
    }

    /** Writes {@code ReturnValuesOnConditionCheckFailure}, when set. */
    void writeReturnValuesOnConditionCheckFailure(JsonGenerator generator) {
        JsonWrites.constant(generator, Members.RETURN_VALUES_ON_CONDITION_CHECK_FAILURE,
                returnValuesOnConditionCheckFailure);
    }

    /**
     * @throws io.lowvoltage.exceptions.BuilderException when there are no statements or too many, or one is empty
     */
    static void validateAll(String operation, LastAdded<PartiQLStatement> statements, String howToAdd) {
        statements.requireCount();
        List<PartiQLStatement> all = statements.all();
        for (int i = 0; i < all.size(); i++) {
            Require.present(all.get(i).statement, operation, "Statement of element " + i, howToAdd);
        }
    }

    /** Writes {@code "member": [{"Statement": ...}, ...]}, the statements of a batch or transaction. */
    static void writeAll(JsonGenerator generator, SerializableString member,
            List<PartiQLStatement> statements) {
        generator.writeName(member);
        generator.writeStartArray();
        for (int i = 0; i < statements.size(); i++) {
            PartiQLStatement statement = statements.get(i);
            generator.writeStartObject();
            statement.writeStatementAndParameters(generator, member.getValue() + "[" + i + "].");
            statement.writeConsistentRead(generator);
            statement.writeReturnValuesOnConditionCheckFailure(generator);
            generator.writeEndObject();
        }
        generator.writeEndArray();
    }
}
