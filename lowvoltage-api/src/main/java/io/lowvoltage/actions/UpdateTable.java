package io.lowvoltage.actions;

import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.Variadic;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Changes a table's throughput, billing, settings, global secondary indexes or replicas: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTable.html">UpdateTable</a>.
 *
 * <pre>{@code
 * new UpdateTable("T").provisionedThroughput(2, 2)
 *         .createGlobalSecondaryIndex("g2").hashKey("c", ScalarAttributeType.S).projectKeysOnly()
 *         .provisionedThroughput(1, 1)
 *         .table().deleteGlobalSecondaryIndex("gsi");
 * }</pre>
 *
 * <p><b>The active resource.</b> Throughput calls apply to the table, or to the index last named with
 * {@link #createGlobalSecondaryIndex(String)} or {@link #updateGlobalSecondaryIndex(String)}, until
 * {@link #table()} switches back. Key and projection calls apply to an index being created only; its
 * {@link #hashKey}/{@link #rangeKey} calls add the {@code AttributeDefinitions} it needs, once per name. Each
 * created index needs a hash key and a projection, which is never defaulted. DynamoDB takes one index creation or
 * deletion per request.
 *
 * <p>Mandatory: the table name. Not thread-safe: a builder.
 */
public final class UpdateTable extends TableSchemaAction<UpdateTable, UpdateTableResponse> {
    private final List<ReplicationGroupUpdate> replicaUpdates = new ArrayList<>();
    private MultiRegionConsistency multiRegionConsistency;
    private final List<GlobalTableWitnessGroupUpdate> globalTableWitnessUpdates = new ArrayList<>();
    private final List<VectorIndexUpdate> vectorIndexUpdates = new ArrayList<>();

    /** An empty UpdateTable: set the table name by chaining. */
    public UpdateTable() {
        super("UpdateTable");
    }

    /** @param tableName the table to update, by name or ARN */
    public UpdateTable(String tableName) {
        this();
        tableName(tableName);
    }

    @Override
    protected String operation() {
        return "UpdateTable";
    }

    /**
     * Adds a global secondary index to create, or finds the one of that name, and makes it the active resource
     * (a {@code Create} entry of API member {@code GlobalSecondaryIndexUpdates}).
     *
     * @param indexName the index name
     * @return this action
     */
    public UpdateTable createGlobalSecondaryIndex(String indexName) {
        schema.activate(TableSchema.Kind.GLOBAL, indexName);
        return this;
    }

    /**
     * Adds a change to the throughput of an existing global secondary index, or finds the one of that name, and
     * makes it the active resource (an {@code Update} entry of API member {@code GlobalSecondaryIndexUpdates}).
     *
     * @param indexName the index name
     * @return this action
     */
    public UpdateTable updateGlobalSecondaryIndex(String indexName) {
        schema.activate(TableSchema.Kind.UPDATE, indexName);
        return this;
    }

    /**
     * Deletes a global secondary index (a {@code Delete} entry of API member {@code GlobalSecondaryIndexUpdates});
     * the active resource stays.
     *
     * @param indexName the index name
     * @return this action
     */
    public UpdateTable deleteGlobalSecondaryIndex(String indexName) {
        schema.add(GlobalSecondaryIndexUpdate.delete(indexName));
        return this;
    }

    /**
     * Adds global secondary index changes given as values (API member {@code GlobalSecondaryIndexUpdates}); the
     * active resource stays.
     *
     * @param updates the changes
     * @return this action
     */
    public UpdateTable globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate... updates) {
        return globalSecondaryIndexUpdates(Arrays.asList(updates));
    }

    /**
     * @param updates the changes to add
     * @return this action
     * @see #globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate...)
     */
    public UpdateTable globalSecondaryIndexUpdates(Iterable<GlobalSecondaryIndexUpdate> updates) {
        List<GlobalSecondaryIndexUpdate> all = new ArrayList<>();
        Variadic.addAll(all, "globalSecondaryIndexUpdates", updates);
        all.forEach(schema::add);
        return this;
    }

    /**
     * @param updates the changes to add
     * @return this action
     * @see #globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate...)
     */
    public UpdateTable globalSecondaryIndexUpdates(Stream<GlobalSecondaryIndexUpdate> updates) {
        return globalSecondaryIndexUpdates(updates.toList());
    }

    /**
     * @param updates replica changes of a global table to add (API member {@code ReplicaUpdates})
     * @return this action
     */
    public UpdateTable replicaUpdates(ReplicationGroupUpdate... updates) {
        Variadic.addAll(replicaUpdates, "replicaUpdates", updates);
        return this;
    }

    /**
     * @param updates replica changes of a global table to add (API member {@code ReplicaUpdates})
     * @return this action
     */
    public UpdateTable replicaUpdates(Iterable<ReplicationGroupUpdate> updates) {
        Variadic.addAll(replicaUpdates, "replicaUpdates", updates);
        return this;
    }

    /**
     * @param updates replica changes of a global table to add (API member {@code ReplicaUpdates})
     * @return this action
     */
    public UpdateTable replicaUpdates(Stream<ReplicationGroupUpdate> updates) {
        Variadic.addAll(replicaUpdates, "replicaUpdates", updates);
        return this;
    }

    /**
     * @param multiRegionConsistency the consistency of the multi-Region global table (API member
     *                               {@code MultiRegionConsistency})
     * @return this action
     */
    public UpdateTable multiRegionConsistency(MultiRegionConsistency multiRegionConsistency) {
        this.multiRegionConsistency = Shapes.known(multiRegionConsistency, "MultiRegionConsistency");
        return this;
    }

    /** @return this action, with multi-Region eventual consistency */
    public UpdateTable multiRegionConsistencyEventual() {
        return multiRegionConsistency(MultiRegionConsistency.EVENTUAL);
    }

    /** @return this action, with multi-Region strong consistency */
    public UpdateTable multiRegionConsistencyStrong() {
        return multiRegionConsistency(MultiRegionConsistency.STRONG);
    }

    /**
     * @param updates witness changes of a global table to add (API member {@code GlobalTableWitnessUpdates})
     * @return this action
     */
    public UpdateTable globalTableWitnessUpdates(GlobalTableWitnessGroupUpdate... updates) {
        Variadic.addAll(globalTableWitnessUpdates, "globalTableWitnessUpdates", updates);
        return this;
    }

    /**
     * @param updates witness changes of a global table to add (API member {@code GlobalTableWitnessUpdates})
     * @return this action
     */
    public UpdateTable globalTableWitnessUpdates(Iterable<GlobalTableWitnessGroupUpdate> updates) {
        Variadic.addAll(globalTableWitnessUpdates, "globalTableWitnessUpdates", updates);
        return this;
    }

    /**
     * @param updates witness changes of a global table to add (API member {@code GlobalTableWitnessUpdates})
     * @return this action
     */
    public UpdateTable globalTableWitnessUpdates(Stream<GlobalTableWitnessGroupUpdate> updates) {
        Variadic.addAll(globalTableWitnessUpdates, "globalTableWitnessUpdates", updates);
        return this;
    }

    /**
     * @param updates vector index creations and deletions to add (API member {@code VectorIndexUpdates})
     * @return this action
     */
    public UpdateTable vectorIndexUpdates(VectorIndexUpdate... updates) {
        Variadic.addAll(vectorIndexUpdates, "vectorIndexUpdates", updates);
        return this;
    }

    /**
     * @param updates vector index creations and deletions to add (API member {@code VectorIndexUpdates})
     * @return this action
     */
    public UpdateTable vectorIndexUpdates(Iterable<VectorIndexUpdate> updates) {
        Variadic.addAll(vectorIndexUpdates, "vectorIndexUpdates", updates);
        return this;
    }

    /**
     * @param updates vector index creations and deletions to add (API member {@code VectorIndexUpdates})
     * @return this action
     */
    public UpdateTable vectorIndexUpdates(Stream<VectorIndexUpdate> updates) {
        Variadic.addAll(vectorIndexUpdates, "vectorIndexUpdates", updates);
        return this;
    }

    @Override
    protected void validate() {
        Require.tableName(tableName, "UpdateTable", "TableName", "new UpdateTable(tableName) or .tableName(...)");
        schema.validate();
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        TableSchema.Resource table = schema.table();
        generator.writeStartObject();
        schema.writeAttributeDefinitions(generator);
        JsonWrites.string(generator, Members.TABLE_NAME, tableName);
        JsonWrites.constant(generator, Members.BILLING_MODE, billingMode);
        Shapes.object(generator, Members.PROVISIONED_THROUGHPUT, table.provisionedThroughput(),
                ProvisionedThroughput::write);
        schema.writeGlobalSecondaryIndexUpdates(generator);
        Shapes.object(generator, Members.STREAM_SPECIFICATION, streamSpecification, StreamSpecification::write);
        Shapes.object(generator, Members.SSE_SPECIFICATION, sseSpecification, SSESpecification::write);
        Shapes.array(generator, Members.REPLICA_UPDATES, replicaUpdates, ReplicationGroupUpdate::write);
        JsonWrites.constant(generator, Members.TABLE_CLASS, tableClass);
        JsonWrites.bool(generator, Members.DELETION_PROTECTION_ENABLED, deletionProtectionEnabled);
        JsonWrites.constant(generator, Members.MULTI_REGION_CONSISTENCY, multiRegionConsistency);
        Shapes.array(generator, Members.GLOBAL_TABLE_WITNESS_UPDATES, globalTableWitnessUpdates,
                GlobalTableWitnessGroupUpdate::write);
        Shapes.object(generator, Members.ON_DEMAND_THROUGHPUT, table.onDemandThroughput(), OnDemandThroughput::write);
        Shapes.object(generator, Members.WARM_THROUGHPUT, table.warmThroughput(), WarmThroughput::write);
        JsonWrites.constant(generator, Members.GLOBAL_TABLE_SETTINGS_REPLICATION_MODE,
                globalTableSettingsReplicationMode);
        Shapes.array(generator, Members.VECTOR_INDEX_UPDATES, vectorIndexUpdates, VectorIndexUpdate::write);
        generator.writeEndObject();
    }

    @Override
    protected UpdateTableResponse readResponse(JsonParser parser) {
        return UpdateTableResponse.read(parser);
    }
}
