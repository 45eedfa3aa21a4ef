package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Describes the capacity settings of each replica of a global table of version 2017.11.29 (legacy): DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeGlobalTableSettings.html">DescribeGlobalTableSettings</a>.
 *
 * <pre>{@code
 * connection.request(new DescribeGlobalTableSettings("T")).replicaSettings()
 * }</pre>
 * Mandatory: the global table name, in the constructor or chained. Not thread-safe: a builder.
 */
public final class DescribeGlobalTableSettings extends Action<DescribeGlobalTableSettingsResponse> {
    private String globalTableName;

    /** An empty DescribeGlobalTableSettings: set the global table name by chaining. */
    public DescribeGlobalTableSettings() {
    }

    /** @param globalTableName the global table's name */
    public DescribeGlobalTableSettings(String globalTableName) {
        globalTableName(globalTableName);
    }

    @Override
    protected String operation() {
        return "DescribeGlobalTableSettings";
    }

    /**
     * @param globalTableName the global table's name (API member {@code GlobalTableName})
     * @return this action
     */
    public DescribeGlobalTableSettings globalTableName(String globalTableName) {
        this.globalTableName = Objects.requireNonNull(globalTableName, "globalTableName");
        return this;
    }

    @Override
    protected void validate() {
        Require.present(globalTableName, "DescribeGlobalTableSettings", "GlobalTableName",
                "new DescribeGlobalTableSettings(globalTableName) or .globalTableName(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, GlobalTableMembers.GLOBAL_TABLE_NAME, globalTableName);
        generator.writeEndObject();
    }

    @Override
    protected DescribeGlobalTableSettingsResponse readResponse(JsonParser parser) {
        return DescribeGlobalTableSettingsResponse.read(parser);
    }
}
