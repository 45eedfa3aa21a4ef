package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Returns a table's description: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeTable.html">DescribeTable</a>.
 *
 * <pre>{@code
 * connection.request(new DescribeTable("T"))
 * }</pre>
 * Mandatory: the table name, in the constructor or chained. Not thread-safe: a builder.
 */
public final class DescribeTable extends Action<DescribeTableResponse> {
    private String tableName;

    /** An empty DescribeTable: set the table name by chaining. */
    public DescribeTable() {
    }

    /** @param tableName the table to describe, by name or ARN */
    public DescribeTable(String tableName) {
        tableName(tableName);
    }

    @Override
    protected String operation() {
        return "DescribeTable";
    }

    /**
     * @param tableName the table to describe, by name or ARN (API member {@code TableName})
     * @return this action
     */
    public DescribeTable tableName(String tableName) {
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        return this;
    }

    @Override
    protected String tableName() {
        return tableName;
    }

    @Override
    protected void validate() {
        Require.tableName(tableName, "DescribeTable", "TableName", "new DescribeTable(tableName) or .tableName(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.TABLE_NAME, tableName);
        generator.writeEndObject();
    }

    @Override
    protected DescribeTableResponse readResponse(JsonParser parser) {
        return DescribeTableResponse.read(parser);
    }
}
