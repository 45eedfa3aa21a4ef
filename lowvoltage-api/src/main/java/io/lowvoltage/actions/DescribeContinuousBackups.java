package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Returns whether a table has continuous backups and point-in-time recovery, and the window it can be restored to:
 * DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeContinuousBackups.html">DescribeContinuousBackups</a>.
 *
 * <pre>{@code
 * connection.request(new DescribeContinuousBackups("T")).continuousBackupsDescription()
 * }</pre>
 * Mandatory: the table name, in the constructor or chained. Not thread-safe: a builder.
 */
public final class DescribeContinuousBackups extends Action<DescribeContinuousBackupsResponse> {
    private String tableName;

    /** An empty DescribeContinuousBackups: set the table name by chaining. */
    public DescribeContinuousBackups() {
    }

    /** @param tableName the table, by name or ARN */
    public DescribeContinuousBackups(String tableName) {
        tableName(tableName);
    }

    @Override
    protected String operation() {
        return "DescribeContinuousBackups";
    }

    /**
     * @param tableName the table, by name or ARN (API member {@code TableName})
     * @return this action
     */
    public DescribeContinuousBackups tableName(String tableName) {
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        return this;
    }

    @Override
    protected String tableName() {
        return tableName;
    }

    @Override
    protected void validate() {
        Require.present(tableName, "DescribeContinuousBackups", "TableName",
                "new DescribeContinuousBackups(tableName) or .tableName(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.TABLE_NAME, tableName);
        generator.writeEndObject();
    }

    @Override
    protected DescribeContinuousBackupsResponse readResponse(JsonParser parser) {
        return DescribeContinuousBackupsResponse.read(parser);
    }
}
