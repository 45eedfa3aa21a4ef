package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Describes the auto scaling settings of the replicas of a global table of version 2019.11.21: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeTableReplicaAutoScaling.html">DescribeTableReplicaAutoScaling</a>.
 *
 * <pre>{@code
 * connection.request(new DescribeTableReplicaAutoScaling("T")).tableAutoScalingDescription()
 * }</pre>
 * Mandatory: the table name, in the constructor or chained. Not thread-safe: a builder.
 */
public final class DescribeTableReplicaAutoScaling extends Action<DescribeTableReplicaAutoScalingResponse> {
    private String tableName;

    /** An empty DescribeTableReplicaAutoScaling: set the table name by chaining. */
    public DescribeTableReplicaAutoScaling() {
    }

    /** @param tableName the table, by name or ARN */
    public DescribeTableReplicaAutoScaling(String tableName) {
        tableName(tableName);
    }

    @Override
    protected String operation() {
        return "DescribeTableReplicaAutoScaling";
    }

    /**
     * @param tableName the table, by name or ARN (API member {@code TableName})
     * @return this action
     */
    public DescribeTableReplicaAutoScaling tableName(String tableName) {
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        return this;
    }

    @Override
    protected String tableName() {
        return tableName;
    }

    @Override
    protected void validate() {
        Require.present(tableName, "DescribeTableReplicaAutoScaling", "TableName",
                "new DescribeTableReplicaAutoScaling(tableName) or .tableName(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.TABLE_NAME, tableName);
        generator.writeEndObject();
    }

    @Override
    protected DescribeTableReplicaAutoScalingResponse readResponse(JsonParser parser) {
        return DescribeTableReplicaAutoScalingResponse.read(parser);
    }
}
