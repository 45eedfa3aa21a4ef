package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Deletes a table and all of its items: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteTable.html">DeleteTable</a>.
 *
 * <pre>{@code
 * connection.request(new DeleteTable("T"))
 * }</pre>
 * Mandatory: the table name, in the constructor or chained. Not thread-safe: a builder.
 */
public final class DeleteTable extends Action<DeleteTableResponse> {
    private String tableName;

    /** An empty DeleteTable: set the table name by chaining. */
    public DeleteTable() {
    }

    /** @param tableName the table to delete, by name or ARN */
    public DeleteTable(String tableName) {
        tableName(tableName);
    }

    @Override
    protected String operation() {
        return "DeleteTable";
    }

    /**
     * @param tableName the table to delete, by name or ARN (API member {@code TableName})
     * @return this action
     */
    public DeleteTable tableName(String tableName) {
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        return this;
    }

    @Override
    protected String tableName() {
        return tableName;
    }

    @Override
    protected void validate() {
        Require.tableName(tableName, "DeleteTable", "TableName", "new DeleteTable(tableName) or .tableName(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.TABLE_NAME, tableName);
        generator.writeEndObject();
    }

    @Override
    protected DeleteTableResponse readResponse(JsonParser parser) {
        return DeleteTableResponse.read(parser);
    }
}
