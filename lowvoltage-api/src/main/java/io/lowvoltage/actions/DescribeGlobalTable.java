package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Describes a global table of version 2017.11.29 (legacy) and its replicas: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeGlobalTable.html">DescribeGlobalTable</a>.
 *
 * <pre>{@code
 * connection.request(new DescribeGlobalTable("T")).globalTableDescription()
 * }</pre>
 * Mandatory: the global table name, in the constructor or chained. Not thread-safe: a builder.
 */
public final class DescribeGlobalTable extends Action<DescribeGlobalTableResponse> {
    private String globalTableName;

    /** An empty DescribeGlobalTable: set the global table name by chaining. */
    public DescribeGlobalTable() {
    }

    /** @param globalTableName the global table's name */
    public DescribeGlobalTable(String globalTableName) {
        globalTableName(globalTableName);
    }

    @Override
    protected String operation() {
        return "DescribeGlobalTable";
    }

    /**
     * @param globalTableName the global table's name (API member {@code GlobalTableName})
     * @return this action
     */
    public DescribeGlobalTable globalTableName(String globalTableName) {
        this.globalTableName = Objects.requireNonNull(globalTableName, "globalTableName");
        return this;
    }

    @Override
    protected void validate() {
        Require.present(globalTableName, "DescribeGlobalTable", "GlobalTableName",
                "new DescribeGlobalTable(globalTableName) or .globalTableName(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, GlobalTableMembers.GLOBAL_TABLE_NAME, globalTableName);
        generator.writeEndObject();
    }

    @Override
    protected DescribeGlobalTableResponse readResponse(JsonParser parser) {
        return DescribeGlobalTableResponse.read(parser);
    }
}
