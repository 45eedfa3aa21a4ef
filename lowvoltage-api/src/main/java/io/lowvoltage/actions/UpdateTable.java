package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.Variadic;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
public final class UpdateTable extends Action<UpdateTableResponse> {
    private final TableSchema schema = new TableSchema("UpdateTable");
    private String tableName;
    private BillingMode billingMode;
    private StreamSpecification streamSpecification;
    private SSESpecification sseSpecification;
    private final List<ReplicationGroupUpdate> replicaUpdates = new ArrayList<>();
    private TableClass tableClass;
    private Boolean deletionProtectionEnabled;
    private MultiRegionConsistency multiRegionConsistency;
    private final List<GlobalTableWitnessGroupUpdate> globalTableWitnessUpdates = new ArrayList<>();
    private GlobalTableSettingsReplicationMode globalTableSettingsReplicationMode;
    private final List<VectorIndexUpdate> vectorIndexUpdates = new ArrayList<>();

    /** An empty UpdateTable: set the table name by chaining. */
    public UpdateTable() {
    }

    /** @param tableName the table to update, by name or ARN */
    public UpdateTable(String tableName) {
        tableName(tableName);
    }

    @Override
    protected String operation() {
        return "UpdateTable";
    }

    /**
     * @param tableName the table to update, by name or ARN (API member {@code TableName})
     * @return this action
     */
    public UpdateTable tableName(String tableName) {
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        return this;
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

    /** @return this action, with the table as the active resource again */
    public UpdateTable table() {
        schema.activateTable();
        return this;
    }

    /**
     * Sets the partition key of the index being created (API members {@code KeySchema} and
     * {@code AttributeDefinitions}).
     *
     * @param attributeName the key attribute
     * @param attributeType its type
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException unless an index being created is active, or when the
     *                                                   attribute is defined with another type
     */
    public UpdateTable hashKey(String attributeName, ScalarAttributeType attributeType) {
        schema.key(attributeName, attributeType, KeyType.HASH);
        return this;
    }

    /**
     * Sets the sort key of the index being created (API members {@code KeySchema} and
     * {@code AttributeDefinitions}).
     *
     * @param attributeName the key attribute
     * @param attributeType its type
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException unless an index being created is active, or when the
     *                                                   attribute is defined with another type
     */
    public UpdateTable rangeKey(String attributeName, ScalarAttributeType attributeType) {
        schema.key(attributeName, attributeType, KeyType.RANGE);
        return this;
    }

    /**
     * @param projection the attributes the index being created copies (API member {@code Projection})
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException unless an index being created is active
     */
    public UpdateTable projection(Projection projection) {
        schema.projection(projection);
        return this;
    }

    /** @return this action, with the index being created projecting every attribute */
    public UpdateTable projectAll() {
        return projection(Projection.all());
    }

    /** @return this action, with the index being created projecting the keys only */
    public UpdateTable projectKeysOnly() {
        return projection(Projection.keysOnly());
    }

    /**
     * @param nonKeyAttributes the non-key attributes the index being created copies besides the keys
     * @return this action
     */
    public UpdateTable projectInclude(String... nonKeyAttributes) {
        return projection(Projection.include(nonKeyAttributes));
    }

    /**
     * @param nonKeyAttributes the non-key attributes the index being created copies besides the keys
     * @return this action
     */
    public UpdateTable projectInclude(Iterable<String> nonKeyAttributes) {
        return projection(Projection.include(nonKeyAttributes));
    }

    /**
     * @param readCapacityUnits  the new read capacity of the active resource (API member
     *                           {@code ProvisionedThroughput})
     * @param writeCapacityUnits its new write capacity
     * @return this action
     */
    public UpdateTable provisionedThroughput(long readCapacityUnits, long writeCapacityUnits) {
        return provisionedThroughput(ProvisionedThroughput.of(readCapacityUnits, writeCapacityUnits));
    }

    /**
     * @param provisionedThroughput the new throughput of the active resource (API member
     *                              {@code ProvisionedThroughput})
     * @return this action
     */
    public UpdateTable provisionedThroughput(ProvisionedThroughput provisionedThroughput) {
        schema.provisionedThroughput(provisionedThroughput);
        return this;
    }

    /**
     * @param onDemandThroughput the new maximum on-demand throughput of the active resource (API member
     *                           {@code OnDemandThroughput})
     * @return this action
     */
    public UpdateTable onDemandThroughput(OnDemandThroughput onDemandThroughput) {
        schema.onDemandThroughput(onDemandThroughput);
        return this;
    }

    /**
     * @param warmThroughput the new warm throughput of the active resource (API member {@code WarmThroughput})
     * @return this action
     */
    public UpdateTable warmThroughput(WarmThroughput warmThroughput) {
        schema.warmThroughput(warmThroughput);
        return this;
    }

    /**
     * Adds attribute definitions (API member {@code AttributeDefinitions}), once per name: those of the keys of
     * an index created with {@link #globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate...)}.
     *
     * @param attributeDefinitions the definitions
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when a name is already defined with another type
     */
    public UpdateTable attributeDefinitions(AttributeDefinition... attributeDefinitions) {
        return attributeDefinitions(Arrays.asList(attributeDefinitions));
    }

    /**
     * @param attributeDefinitions the definitions, added once per name
     * @return this action
     * @see #attributeDefinitions(AttributeDefinition...)
     */
    public UpdateTable attributeDefinitions(Iterable<AttributeDefinition> attributeDefinitions) {
        List<AttributeDefinition> all = new ArrayList<>();
        Variadic.addAll(all, "attributeDefinitions", attributeDefinitions);
        all.forEach(definition -> schema.attributeDefinition(definition.attributeName(), definition.attributeType()));
        return this;
    }

    /**
     * @param attributeDefinitions the definitions, added once per name
     * @return this action
     * @see #attributeDefinitions(AttributeDefinition...)
     */
    public UpdateTable attributeDefinitions(Stream<AttributeDefinition> attributeDefinitions) {
        return attributeDefinitions(attributeDefinitions.toList());
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
     * @param billingMode how reads and writes are charged from now on (API member {@code BillingMode})
     * @return this action
     */
    public UpdateTable billingMode(BillingMode billingMode) {
        this.billingMode = Shapes.known(billingMode, "BillingMode");
        return this;
    }

    /** @return this action, switching to provisioned capacity (set throughput too) */
    public UpdateTable billingModeProvisioned() {
        return billingMode(BillingMode.PROVISIONED);
    }

    /** @return this action, switching to per-request billing (on demand) */
    public UpdateTable billingModePayPerRequest() {
        return billingMode(BillingMode.PAY_PER_REQUEST);
    }

    /**
     * @param streamSpecification the new stream settings (API member {@code StreamSpecification})
     * @return this action
     */
    public UpdateTable streamSpecification(StreamSpecification streamSpecification) {
        this.streamSpecification = Objects.requireNonNull(streamSpecification, "streamSpecification");
        return this;
    }

    /**
     * @param streamViewType what each record of the table's stream holds
     * @return this action, enabling a stream (API member {@code StreamSpecification})
     */
    public UpdateTable streamSpecification(StreamViewType streamViewType) {
        return streamSpecification(StreamSpecification.enabled(streamViewType));
    }

    /**
     * @param sseSpecification the new server-side encryption settings (API member {@code SSESpecification})
     * @return this action
     */
    public UpdateTable sseSpecification(SSESpecification sseSpecification) {
        this.sseSpecification = Objects.requireNonNull(sseSpecification, "sseSpecification");
        return this;
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
     * @param tableClass the new storage class (API member {@code TableClass})
     * @return this action
     */
    public UpdateTable tableClass(TableClass tableClass) {
        this.tableClass = Shapes.known(tableClass, "TableClass");
        return this;
    }

    /** @return this action, switching to the {@code STANDARD} storage class */
    public UpdateTable tableClassStandard() {
        return tableClass(TableClass.STANDARD);
    }

    /** @return this action, switching to the {@code STANDARD_INFREQUENT_ACCESS} storage class */
    public UpdateTable tableClassStandardInfrequentAccess() {
        return tableClass(TableClass.STANDARD_INFREQUENT_ACCESS);
    }

    /**
     * @param deletionProtectionEnabled whether DeleteTable is refused (API member {@code DeletionProtectionEnabled})
     * @return this action
     */
    public UpdateTable deletionProtectionEnabled(boolean deletionProtectionEnabled) {
        this.deletionProtectionEnabled = deletionProtectionEnabled;
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
     * @param mode whether settings replicate across the global table (API member
     *             {@code GlobalTableSettingsReplicationMode})
     * @return this action
     */
    public UpdateTable globalTableSettingsReplicationMode(GlobalTableSettingsReplicationMode mode) {
        this.globalTableSettingsReplicationMode = Shapes.known(mode, "GlobalTableSettingsReplicationMode");
        return this;
    }

    /** @return this action, with settings replicated across the global table */
    public UpdateTable globalTableSettingsReplicationModeEnabled() {
        return globalTableSettingsReplicationMode(GlobalTableSettingsReplicationMode.ENABLED);
    }

    /** @return this action, with settings not replicated */
    public UpdateTable globalTableSettingsReplicationModeDisabled() {
        return globalTableSettingsReplicationMode(GlobalTableSettingsReplicationMode.DISABLED);
    }

    /** @return this action, with settings replicated except per-replica overrides */
    public UpdateTable globalTableSettingsReplicationModeEnabledWithOverrides() {
        return globalTableSettingsReplicationMode(GlobalTableSettingsReplicationMode.ENABLED_WITH_OVERRIDES);
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
    protected String tableName() {
        return tableName;
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
