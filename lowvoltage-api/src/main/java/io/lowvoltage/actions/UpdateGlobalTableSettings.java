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
 * Changes the billing mode and capacity settings of a global table of version 2017.11.29 (legacy) and its
 * replicas: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateGlobalTableSettings.html">UpdateGlobalTableSettings</a>.
 *
 * <pre>{@code
 * connection.request(new UpdateGlobalTableSettings("T").globalTableBillingModeProvisioned()
 *         .globalTableProvisionedWriteCapacityUnits(10)
 *         .replicaSettingsUpdate(ReplicaSettingsUpdate.of("eu-west-1").withReplicaProvisionedReadCapacityUnits(5)));
 * }</pre>
 * Mandatory: the global table name, in the constructor or chained. Not thread-safe: a builder.
 */
public final class UpdateGlobalTableSettings extends Action<UpdateGlobalTableSettingsResponse> {
    private String globalTableName;
    private BillingMode globalTableBillingMode;
    private Long globalTableProvisionedWriteCapacityUnits;
    private AutoScalingSettingsUpdate globalTableProvisionedWriteCapacityAutoScalingSettingsUpdate;
    private final List<GlobalTableGlobalSecondaryIndexSettingsUpdate> globalTableGlobalSecondaryIndexSettingsUpdate =
            new ArrayList<>();
    private final List<ReplicaSettingsUpdate> replicaSettingsUpdate = new ArrayList<>();

    /** An empty UpdateGlobalTableSettings: set the name by chaining. */
    public UpdateGlobalTableSettings() {
    }

    /** @param globalTableName the global table's name */
    public UpdateGlobalTableSettings(String globalTableName) {
        globalTableName(globalTableName);
    }

    @Override
    protected String operation() {
        return "UpdateGlobalTableSettings";
    }

    /**
     * @param globalTableName the global table's name (API member {@code GlobalTableName})
     * @return this action
     */
    public UpdateGlobalTableSettings globalTableName(String globalTableName) {
        this.globalTableName = Objects.requireNonNull(globalTableName, "globalTableName");
        return this;
    }

    /**
     * @param billingMode how the global table is charged (API member {@code GlobalTableBillingMode})
     * @return this action
     */
    public UpdateGlobalTableSettings globalTableBillingMode(BillingMode billingMode) {
        this.globalTableBillingMode = Shapes.known(billingMode, "GlobalTableBillingMode");
        return this;
    }

    /** @return this action, switching the global table to provisioned capacity */
    public UpdateGlobalTableSettings globalTableBillingModeProvisioned() {
        return globalTableBillingMode(BillingMode.PROVISIONED);
    }

    /** @return this action, switching the global table to on-demand */
    public UpdateGlobalTableSettings globalTableBillingModePayPerRequest() {
        return globalTableBillingMode(BillingMode.PAY_PER_REQUEST);
    }

    /**
     * @param units the write capacity units of every replica (API member
     *              {@code GlobalTableProvisionedWriteCapacityUnits})
     * @return this action
     */
    public UpdateGlobalTableSettings globalTableProvisionedWriteCapacityUnits(long units) {
        this.globalTableProvisionedWriteCapacityUnits = units;
        return this;
    }

    /**
     * @param settings the auto scaling of the write capacity of every replica (API member
     *                 {@code GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate})
     * @return this action
     */
    public UpdateGlobalTableSettings globalTableProvisionedWriteCapacityAutoScalingSettingsUpdate(
            AutoScalingSettingsUpdate settings) {
        this.globalTableProvisionedWriteCapacityAutoScalingSettingsUpdate = Objects.requireNonNull(settings,
                "globalTableProvisionedWriteCapacityAutoScalingSettingsUpdate");
        return this;
    }

    /**
     * @param updates settings of global secondary indexes, added to those already set (API member
     *                {@code GlobalTableGlobalSecondaryIndexSettingsUpdate})
     * @return this action
     */
    public UpdateGlobalTableSettings globalTableGlobalSecondaryIndexSettingsUpdate(
            GlobalTableGlobalSecondaryIndexSettingsUpdate... updates) {
        Variadic.addAll(globalTableGlobalSecondaryIndexSettingsUpdate, "globalTableGlobalSecondaryIndexSettingsUpdate",
                updates);
        return this;
    }

    /**
     * @param updates settings of global secondary indexes, added to those already set (API member
     *                {@code GlobalTableGlobalSecondaryIndexSettingsUpdate})
     * @return this action
     */
    public UpdateGlobalTableSettings globalTableGlobalSecondaryIndexSettingsUpdate(
            Iterable<GlobalTableGlobalSecondaryIndexSettingsUpdate> updates) {
        Variadic.addAll(globalTableGlobalSecondaryIndexSettingsUpdate, "globalTableGlobalSecondaryIndexSettingsUpdate",
                updates);
        return this;
    }

    /**
     * @param updates settings of global secondary indexes, added to those already set (API member
     *                {@code GlobalTableGlobalSecondaryIndexSettingsUpdate})
     * @return this action
     */
    public UpdateGlobalTableSettings globalTableGlobalSecondaryIndexSettingsUpdate(
            Stream<GlobalTableGlobalSecondaryIndexSettingsUpdate> updates) {
        Variadic.addAll(globalTableGlobalSecondaryIndexSettingsUpdate, "globalTableGlobalSecondaryIndexSettingsUpdate",
                updates);
        return this;
    }

    /**
     * @param updates settings of replicas, added to those already set (API member {@code ReplicaSettingsUpdate})
     * @return this action
     */
    public UpdateGlobalTableSettings replicaSettingsUpdate(ReplicaSettingsUpdate... updates) {
        Variadic.addAll(replicaSettingsUpdate, "replicaSettingsUpdate", updates);
        return this;
    }

    /**
     * @param updates settings of replicas, added to those already set (API member {@code ReplicaSettingsUpdate})
     * @return this action
     */
    public UpdateGlobalTableSettings replicaSettingsUpdate(Iterable<ReplicaSettingsUpdate> updates) {
        Variadic.addAll(replicaSettingsUpdate, "replicaSettingsUpdate", updates);
        return this;
    }

    /**
     * @param updates settings of replicas, added to those already set (API member {@code ReplicaSettingsUpdate})
     * @return this action
     */
    public UpdateGlobalTableSettings replicaSettingsUpdate(Stream<ReplicaSettingsUpdate> updates) {
        Variadic.addAll(replicaSettingsUpdate, "replicaSettingsUpdate", updates);
        return this;
    }

    @Override
    protected void validate() {
        Require.present(globalTableName, "UpdateGlobalTableSettings", "GlobalTableName",
                "new UpdateGlobalTableSettings(globalTableName) or .globalTableName(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, GlobalTableMembers.GLOBAL_TABLE_NAME, globalTableName);
        JsonWrites.constant(generator, GlobalTableMembers.GLOBAL_TABLE_BILLING_MODE, globalTableBillingMode);
        JsonWrites.number(generator, GlobalTableMembers.GLOBAL_TABLE_PROVISIONED_WRITE_CAPACITY_UNITS,
                globalTableProvisionedWriteCapacityUnits);
        Shapes.object(generator, GlobalTableMembers.GLOBAL_TABLE_PROVISIONED_WRITE_CAPACITY_AUTO_SCALING_SETTINGS_UPDATE,
                globalTableProvisionedWriteCapacityAutoScalingSettingsUpdate, AutoScalingSettingsUpdate::write);
        Shapes.array(generator, GlobalTableMembers.GLOBAL_TABLE_GLOBAL_SECONDARY_INDEX_SETTINGS_UPDATE,
                globalTableGlobalSecondaryIndexSettingsUpdate, GlobalTableGlobalSecondaryIndexSettingsUpdate::write);
        Shapes.array(generator, GlobalTableMembers.REPLICA_SETTINGS_UPDATE, replicaSettingsUpdate,
                ReplicaSettingsUpdate::write);
        generator.writeEndObject();
    }

    @Override
    protected UpdateGlobalTableSettingsResponse readResponse(JsonParser parser) {
        return UpdateGlobalTableSettingsResponse.read(parser);
    }
}
