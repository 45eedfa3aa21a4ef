package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.Variadic;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Changes the auto scaling settings of a global table of version 2019.11.21, its indexes and its replicas:
 * DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTableReplicaAutoScaling.html">UpdateTableReplicaAutoScaling</a>.
 *
 * <pre>{@code
 * connection.request(new UpdateTableReplicaAutoScaling("T").provisionedWriteCapacityAutoScalingUpdate(
 *         AutoScalingSettingsUpdate.create().withMinimumUnits(5).withMaximumUnits(100)));
 * }</pre>
 * Mandatory: the table name, in the constructor or chained. Not thread-safe: a builder.
 */
public final class UpdateTableReplicaAutoScaling extends Action<UpdateTableReplicaAutoScalingResponse> {
    private final List<GlobalSecondaryIndexAutoScalingUpdate> globalSecondaryIndexUpdates = new ArrayList<>();
    private String tableName;
    private AutoScalingSettingsUpdate provisionedWriteCapacityAutoScalingUpdate;
    private final List<ReplicaAutoScalingUpdate> replicaUpdates = new ArrayList<>();

    /** An empty UpdateTableReplicaAutoScaling: set the table name by chaining. */
    public UpdateTableReplicaAutoScaling() {
    }

    /** @param tableName the table, by name or ARN */
    public UpdateTableReplicaAutoScaling(String tableName) {
        tableName(tableName);
    }

    @Override
    protected String operation() {
        return "UpdateTableReplicaAutoScaling";
    }

    /**
     * @param tableName the table, by name or ARN (API member {@code TableName})
     * @return this action
     */
    public UpdateTableReplicaAutoScaling tableName(String tableName) {
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        return this;
    }

    /**
     * @param updates auto scaling of global secondary indexes, added to those already set (API member
     *                {@code GlobalSecondaryIndexUpdates})
     * @return this action
     */
    public UpdateTableReplicaAutoScaling globalSecondaryIndexUpdates(GlobalSecondaryIndexAutoScalingUpdate... updates) {
        Variadic.addAll(globalSecondaryIndexUpdates, "globalSecondaryIndexUpdates", updates);
        return this;
    }

    /**
     * @param updates auto scaling of global secondary indexes, added to those already set (API member
     *                {@code GlobalSecondaryIndexUpdates})
     * @return this action
     */
    public UpdateTableReplicaAutoScaling globalSecondaryIndexUpdates(
            Iterable<GlobalSecondaryIndexAutoScalingUpdate> updates) {
        Variadic.addAll(globalSecondaryIndexUpdates, "globalSecondaryIndexUpdates", updates);
        return this;
    }

    /**
     * @param updates auto scaling of global secondary indexes, added to those already set (API member
     *                {@code GlobalSecondaryIndexUpdates})
     * @return this action
     */
    public UpdateTableReplicaAutoScaling globalSecondaryIndexUpdates(
            Stream<GlobalSecondaryIndexAutoScalingUpdate> updates) {
        Variadic.addAll(globalSecondaryIndexUpdates, "globalSecondaryIndexUpdates", updates);
        return this;
    }

    /**
     * @param settings the auto scaling of the table's write capacity (API member
     *                 {@code ProvisionedWriteCapacityAutoScalingUpdate})
     * @return this action
     */
    public UpdateTableReplicaAutoScaling provisionedWriteCapacityAutoScalingUpdate(
            AutoScalingSettingsUpdate settings) {
        this.provisionedWriteCapacityAutoScalingUpdate = Objects.requireNonNull(settings,
                "provisionedWriteCapacityAutoScalingUpdate");
        return this;
    }

    /**
     * @param updates auto scaling of replicas, added to those already set (API member {@code ReplicaUpdates})
     * @return this action
     */
    public UpdateTableReplicaAutoScaling replicaUpdates(ReplicaAutoScalingUpdate... updates) {
        Variadic.addAll(replicaUpdates, "replicaUpdates", updates);
        return this;
    }

    /**
     * @param updates auto scaling of replicas, added to those already set (API member {@code ReplicaUpdates})
     * @return this action
     */
    public UpdateTableReplicaAutoScaling replicaUpdates(Iterable<ReplicaAutoScalingUpdate> updates) {
        Variadic.addAll(replicaUpdates, "replicaUpdates", updates);
        return this;
    }

    /**
     * @param updates auto scaling of replicas, added to those already set (API member {@code ReplicaUpdates})
     * @return this action
     */
    public UpdateTableReplicaAutoScaling replicaUpdates(Stream<ReplicaAutoScalingUpdate> updates) {
        Variadic.addAll(replicaUpdates, "replicaUpdates", updates);
        return this;
    }

    @Override
    protected String tableName() {
        return tableName;
    }

    @Override
    protected void validate() {
        Require.present(tableName, "UpdateTableReplicaAutoScaling", "TableName",
                "new UpdateTableReplicaAutoScaling(tableName) or .tableName(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        Shapes.array(generator, Members.GLOBAL_SECONDARY_INDEX_UPDATES, globalSecondaryIndexUpdates,
                GlobalSecondaryIndexAutoScalingUpdate::write);
        JsonWrites.string(generator, Members.TABLE_NAME, tableName);
        Shapes.object(generator, GlobalTableMembers.PROVISIONED_WRITE_CAPACITY_AUTO_SCALING_UPDATE,
                provisionedWriteCapacityAutoScalingUpdate, AutoScalingSettingsUpdate::write);
        Shapes.array(generator, Members.REPLICA_UPDATES, replicaUpdates, ReplicaAutoScalingUpdate::write);
        generator.writeEndObject();
    }

    @Override
    protected UpdateTableReplicaAutoScalingResponse readResponse(JsonParser parser) {
        return UpdateTableReplicaAutoScalingResponse.read(parser);
    }
}
