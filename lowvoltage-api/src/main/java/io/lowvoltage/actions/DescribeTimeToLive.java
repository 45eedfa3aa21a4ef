package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Reads a table's time-to-live setting: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeTimeToLive.html">DescribeTimeToLive</a>.
 *
 * <pre>{@code
 * TimeToLiveStatus status = connection.request(new DescribeTimeToLive("T")).timeToLiveDescription().timeToLiveStatus();
 * }</pre>
 * Mandatory: the table name, in the constructor or chained. Not thread-safe: a builder.
 */
public final class DescribeTimeToLive extends Action<DescribeTimeToLiveResponse> {
    private String tableName;

    /** An empty DescribeTimeToLive: set the table name by chaining. */
    public DescribeTimeToLive() {
    }

    /** @param tableName the table's name or ARN */
    public DescribeTimeToLive(String tableName) {
        tableName(tableName);
    }

    @Override
    protected String operation() {
        return "DescribeTimeToLive";
    }

    /**
     * @param tableName the table's name or ARN (API member {@code TableName})
     * @return this action
     */
    public DescribeTimeToLive tableName(String tableName) {
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        return this;
    }

    @Override
    protected String tableName() {
        return tableName;
    }

    @Override
    protected void validate() {
        Require.present(tableName, "DescribeTimeToLive", "TableName",
                "new DescribeTimeToLive(tableName) or .tableName(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.TABLE_NAME, tableName);
        generator.writeEndObject();
    }

    @Override
    protected DescribeTimeToLiveResponse readResponse(JsonParser parser) {
        return DescribeTimeToLiveResponse.read(parser);
    }
}
