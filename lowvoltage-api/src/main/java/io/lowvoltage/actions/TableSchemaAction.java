package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Variadic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What {@link CreateTable} and {@link UpdateTable} share: the {@link TableSchema} with its active-resource
 * setters (keys, projection, throughput, attribute definitions) and the table settings both can set. Each setter
 * returns the concrete action, so chains keep their type; each action writes the members in the order of its own
 * API shape.
 *
 * @param <A> the concrete action
 * @param <R> its response
 */
abstract class TableSchemaAction<A extends TableSchemaAction<A, R>, R> extends Action<R> {
    final TableSchema schema;
    String tableName;
    BillingMode billingMode;
    StreamSpecification streamSpecification;
    SSESpecification sseSpecification;
    TableClass tableClass;
    Boolean deletionProtectionEnabled;
    GlobalTableSettingsReplicationMode globalTableSettingsReplicationMode;

    /** @param operation {@code CreateTable} or {@code UpdateTable}, for error messages */
    TableSchemaAction(String operation) {
        schema = new TableSchema(operation);
    }

    @SuppressWarnings("unchecked")
    private A self() {
        return (A) this;
    }

    /**
     * @param tableName the name of the table to create or update, or its ARN (API member {@code TableName})
     * @return this action
     */
    public A tableName(String tableName) {
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        return self();
    }

    /**
     * Sets the partition key of the active resource (API members {@code KeySchema} and
     * {@code AttributeDefinitions}); in UpdateTable, of the index being created.
     *
     * @param attributeName the key attribute
     * @param attributeType its type
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when the attribute is defined with another type, or the
     *                                                   resource already has another partition key; in
     *                                                   UpdateTable, unless an index being created is active
     */
    public A hashKey(String attributeName, ScalarAttributeType attributeType) {
        schema.key(attributeName, attributeType, KeyType.HASH);
        return self();
    }

    /**
     * Sets the sort key of the active resource (API members {@code KeySchema} and {@code AttributeDefinitions});
     * in UpdateTable, of the index being created.
     *
     * @param attributeName the key attribute
     * @param attributeType its type
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when the attribute is defined with another type, or the
     *                                                   resource already has another sort key; in UpdateTable,
     *                                                   unless an index being created is active
     */
    public A rangeKey(String attributeName, ScalarAttributeType attributeType) {
        schema.key(attributeName, attributeType, KeyType.RANGE);
        return self();
    }

    /** @return this action, with the table as the active resource again */
    public A table() {
        schema.activateTable();
        return self();
    }

    /**
     * @param projection the attributes the active index copies (API member {@code Projection})
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when the table is the active resource; in UpdateTable,
     *                                                   unless an index being created is active
     */
    public A projection(Projection projection) {
        schema.projection(projection);
        return self();
    }

    /** @return this action, with the active index projecting every attribute */
    public A projectAll() {
        return projection(Projection.all());
    }

    /** @return this action, with the active index projecting the keys only */
    public A projectKeysOnly() {
        return projection(Projection.keysOnly());
    }

    /**
     * @param nonKeyAttributes the non-key attributes the active index copies besides the keys
     * @return this action
     */
    public A projectInclude(String... nonKeyAttributes) {
        return projection(Projection.include(nonKeyAttributes));
    }

    /**
     * @param nonKeyAttributes the non-key attributes the active index copies besides the keys
     * @return this action
     */
    public A projectInclude(Iterable<String> nonKeyAttributes) {
        return projection(Projection.include(nonKeyAttributes));
    }

    /**
     * @param readCapacityUnits  the read capacity of the active resource (API member {@code ProvisionedThroughput})
     * @param writeCapacityUnits its write capacity
     * @return this action
     */
    public A provisionedThroughput(long readCapacityUnits, long writeCapacityUnits) {
        return provisionedThroughput(ProvisionedThroughput.of(readCapacityUnits, writeCapacityUnits));
    }

    /**
     * @param provisionedThroughput the throughput of the active resource (API member {@code ProvisionedThroughput})
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException on a local secondary index
     */
    public A provisionedThroughput(ProvisionedThroughput provisionedThroughput) {
        schema.provisionedThroughput(provisionedThroughput);
        return self();
    }

    /**
     * @param onDemandThroughput the maximum on-demand throughput of the active resource (API member
     *                           {@code OnDemandThroughput})
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException on a local secondary index
     */
    public A onDemandThroughput(OnDemandThroughput onDemandThroughput) {
        schema.onDemandThroughput(onDemandThroughput);
        return self();
    }

    /**
     * @param warmThroughput the warm throughput of the active resource (API member {@code WarmThroughput})
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException on a local secondary index
     */
    public A warmThroughput(WarmThroughput warmThroughput) {
        schema.warmThroughput(warmThroughput);
        return self();
    }

    /**
     * Adds attribute definitions (API member {@code AttributeDefinitions}), once per name; in UpdateTable, those
     * of the keys of an index created with
     * {@link UpdateTable#globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate...)}.
     *
     * @param attributeDefinitions the definitions
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when a name is already defined with another type
     */
    public A attributeDefinitions(AttributeDefinition... attributeDefinitions) {
        return attributeDefinitions(Arrays.asList(attributeDefinitions));
    }

    /**
     * @param attributeDefinitions the definitions, added once per name
     * @return this action
     * @see #attributeDefinitions(AttributeDefinition...)
     */
    public A attributeDefinitions(Iterable<AttributeDefinition> attributeDefinitions) {
        List<AttributeDefinition> all = new ArrayList<>();
        Variadic.addAll(all, "attributeDefinitions", attributeDefinitions);
        all.forEach(definition -> schema.attributeDefinition(definition.attributeName(), definition.attributeType()));
        return self();
    }

    /**
     * @param attributeDefinitions the definitions, added once per name
     * @return this action
     * @see #attributeDefinitions(AttributeDefinition...)
     */
    public A attributeDefinitions(Stream<AttributeDefinition> attributeDefinitions) {
        return attributeDefinitions(attributeDefinitions.toList());
    }

    /**
     * @param billingMode how reads and writes are charged (API member {@code BillingMode})
     * @return this action
     */
    public A billingMode(BillingMode billingMode) {
        this.billingMode = Shapes.known(billingMode, "BillingMode");
        return self();
    }

    /** @return this action, with provisioned capacity (a new table's default; set throughput too) */
    public A billingModeProvisioned() {
        return billingMode(BillingMode.PROVISIONED);
    }

    /** @return this action, billed per request (on demand) */
    public A billingModePayPerRequest() {
        return billingMode(BillingMode.PAY_PER_REQUEST);
    }

    /**
     * @param streamSpecification the stream settings (API member {@code StreamSpecification})
     * @return this action
     */
    public A streamSpecification(StreamSpecification streamSpecification) {
        this.streamSpecification = Objects.requireNonNull(streamSpecification, "streamSpecification");
        return self();
    }

    /**
     * @param streamViewType what each record of the table's stream holds
     * @return this action, with a stream enabled (API member {@code StreamSpecification})
     */
    public A streamSpecification(StreamViewType streamViewType) {
        return streamSpecification(StreamSpecification.enabled(streamViewType));
    }

    /**
     * @param sseSpecification the server-side encryption settings (API member {@code SSESpecification})
     * @return this action
     */
    public A sseSpecification(SSESpecification sseSpecification) {
        this.sseSpecification = Objects.requireNonNull(sseSpecification, "sseSpecification");
        return self();
    }

    /**
     * @param tableClass the storage class (API member {@code TableClass})
     * @return this action
     */
    public A tableClass(TableClass tableClass) {
        this.tableClass = Shapes.known(tableClass, "TableClass");
        return self();
    }

    /** @return this action, with the {@code STANDARD} storage class (a new table's default) */
    public A tableClassStandard() {
        return tableClass(TableClass.STANDARD);
    }

    /** @return this action, with the {@code STANDARD_INFREQUENT_ACCESS} storage class */
    public A tableClassStandardInfrequentAccess() {
        return tableClass(TableClass.STANDARD_INFREQUENT_ACCESS);
    }

    /**
     * @param deletionProtectionEnabled whether DeleteTable is refused (API member {@code DeletionProtectionEnabled})
     * @return this action
     */
    public A deletionProtectionEnabled(boolean deletionProtectionEnabled) {
        this.deletionProtectionEnabled = deletionProtectionEnabled;
        return self();
    }

    /**
     * @param mode whether settings replicate across the global table (API member
     *             {@code GlobalTableSettingsReplicationMode})
     * @return this action
     */
    public A globalTableSettingsReplicationMode(GlobalTableSettingsReplicationMode mode) {
        this.globalTableSettingsReplicationMode = Shapes.known(mode, "GlobalTableSettingsReplicationMode");
        return self();
    }

    /** @return this action, with settings replicated across the global table */
    public A globalTableSettingsReplicationModeEnabled() {
        return globalTableSettingsReplicationMode(GlobalTableSettingsReplicationMode.ENABLED);
    }

    /** @return this action, with settings not replicated */
    public A globalTableSettingsReplicationModeDisabled() {
        return globalTableSettingsReplicationMode(GlobalTableSettingsReplicationMode.DISABLED);
    }

    /** @return this action, with settings replicated except per-replica overrides */
    public A globalTableSettingsReplicationModeEnabledWithOverrides() {
        return globalTableSettingsReplicationMode(GlobalTableSettingsReplicationMode.ENABLED_WITH_OVERRIDES);
    }

    @Override
    protected String tableName() {
        return tableName;
    }
}
