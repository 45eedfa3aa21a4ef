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
 * Creates a table, with its indexes: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html">CreateTable</a>.
 *
 * <pre>{@code
 * new CreateTable("T").hashKey("h", ScalarAttributeType.N).rangeKey("r", ScalarAttributeType.S)
 *         .provisionedThroughput(1, 1)
 *         .globalSecondaryIndex("gsi").hashKey("a", ScalarAttributeType.S).projectAll().provisionedThroughput(1, 1)
 *         .localSecondaryIndex("lsi").rangeKey("b", ScalarAttributeType.N).projectInclude("x", "y")
 *         .table().tag("env", "test");
 * }</pre>
 *
 * <p><b>The active resource.</b> Key, projection and throughput calls apply to the table, or to the index last
 * named with {@link #globalSecondaryIndex(String)} or {@link #localSecondaryIndex(String)}, until
 * {@link #table()} switches back. Naming an index again makes it active again. {@link #hashKey} and
 * {@link #rangeKey} also add the attribute's {@code AttributeDefinitions} entry, once per name; the same name
 * with another type fails with {@code BuilderException}. A local secondary index takes the table's partition
 * key unless given its own.
 *
 * <p>Mandatory: the table name and a hash key; each index needs its hash key (global) or range key (local) and
 * a projection, which is never defaulted, as DynamoDB requires one. The model-shaped setters
 * ({@link #keySchema(KeySchemaElement...)}, {@link #globalSecondaryIndexes(GlobalSecondaryIndex...)}...) set the
 * same members from values. Not thread-safe: a builder.
 */
public final class CreateTable extends Action<CreateTableResponse> {
    private final TableSchema schema = new TableSchema("CreateTable");
    private String tableName;
    private BillingMode billingMode;
    private StreamSpecification streamSpecification;
    private SSESpecification sseSpecification;
    private final List<Tag> tags = new ArrayList<>();
    private TableClass tableClass;
    private Boolean deletionProtectionEnabled;
    private String resourcePolicy;
    private String globalTableSourceArn;
    private GlobalTableSettingsReplicationMode globalTableSettingsReplicationMode;
    private final List<VectorIndex> vectorIndexes = new ArrayList<>();

    /** An empty CreateTable: set the table name by chaining. */
    public CreateTable() {
    }

    /** @param tableName the name of the table to create */
    public CreateTable(String tableName) {
        tableName(tableName);
    }

    @Override
    protected String operation() {
        return "CreateTable";
    }

    /**
     * @param tableName the name of the table to create, or an ARN (API member {@code TableName})
     * @return this action
     */
    public CreateTable tableName(String tableName) {
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        return this;
    }

    /**
     * Sets the partition key of the active resource (API members {@code KeySchema} and
     * {@code AttributeDefinitions}).
     *
     * @param attributeName the key attribute
     * @param attributeType its type
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when the attribute is defined with another type, or the
     *                                                   resource already has another partition key
     */
    public CreateTable hashKey(String attributeName, ScalarAttributeType attributeType) {
        schema.key(attributeName, attributeType, KeyType.HASH);
        return this;
    }

    /**
     * Sets the sort key of the active resource (API members {@code KeySchema} and {@code AttributeDefinitions}).
     *
     * @param attributeName the key attribute
     * @param attributeType its type
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when the attribute is defined with another type, or the
     *                                                   resource already has another sort key
     */
    public CreateTable rangeKey(String attributeName, ScalarAttributeType attributeType) {
        schema.key(attributeName, attributeType, KeyType.RANGE);
        return this;
    }

    /**
     * Adds a global secondary index, or finds the one of that name, and makes it the active resource (an entry of
     * API member {@code GlobalSecondaryIndexes}).
     *
     * @param indexName the index name
     * @return this action
     */
    public CreateTable globalSecondaryIndex(String indexName) {
        schema.activate(TableSchema.Kind.GLOBAL, indexName);
        return this;
    }

    /**
     * Adds a local secondary index, or finds the one of that name, and makes it the active resource (an entry of
     * API member {@code LocalSecondaryIndexes}).
     *
     * @param indexName the index name
     * @return this action
     */
    public CreateTable localSecondaryIndex(String indexName) {
        schema.activate(TableSchema.Kind.LOCAL, indexName);
        return this;
    }

    /** @return this action, with the table as the active resource again */
    public CreateTable table() {
        schema.activateTable();
        return this;
    }

    /**
     * @param projection the attributes the active index copies (API member {@code Projection})
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when the table is the active resource
     */
    public CreateTable projection(Projection projection) {
        schema.projection(projection);
        return this;
    }

    /** @return this action, with the active index projecting every attribute */
    public CreateTable projectAll() {
        return projection(Projection.all());
    }

    /** @return this action, with the active index projecting the keys only */
    public CreateTable projectKeysOnly() {
        return projection(Projection.keysOnly());
    }

    /**
     * @param nonKeyAttributes the non-key attributes the active index copies besides the keys
     * @return this action
     */
    public CreateTable projectInclude(String... nonKeyAttributes) {
        return projection(Projection.include(nonKeyAttributes));
    }

    /**
     * @param nonKeyAttributes the non-key attributes the active index copies besides the keys
     * @return this action
     */
    public CreateTable projectInclude(Iterable<String> nonKeyAttributes) {
        return projection(Projection.include(nonKeyAttributes));
    }

    /**
     * @param readCapacityUnits  the read capacity of the active resource (API member {@code ProvisionedThroughput})
     * @param writeCapacityUnits its write capacity
     * @return this action
     */
    public CreateTable provisionedThroughput(long readCapacityUnits, long writeCapacityUnits) {
        return provisionedThroughput(ProvisionedThroughput.of(readCapacityUnits, writeCapacityUnits));
    }

    /**
     * @param provisionedThroughput the throughput of the active resource (API member {@code ProvisionedThroughput})
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException on a local secondary index
     */
    public CreateTable provisionedThroughput(ProvisionedThroughput provisionedThroughput) {
        schema.provisionedThroughput(provisionedThroughput);
        return this;
    }

    /**
     * @param onDemandThroughput the maximum on-demand throughput of the active resource (API member
     *                           {@code OnDemandThroughput})
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException on a local secondary index
     */
    public CreateTable onDemandThroughput(OnDemandThroughput onDemandThroughput) {
        schema.onDemandThroughput(onDemandThroughput);
        return this;
    }

    /**
     * @param warmThroughput the warm throughput of the active resource (API member {@code WarmThroughput})
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException on a local secondary index
     */
    public CreateTable warmThroughput(WarmThroughput warmThroughput) {
        schema.warmThroughput(warmThroughput);
        return this;
    }

    /**
     * Adds attribute definitions (API member {@code AttributeDefinitions}), once per name.
     *
     * @param attributeDefinitions the definitions
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when a name is already defined with another type
     */
    public CreateTable attributeDefinitions(AttributeDefinition... attributeDefinitions) {
        return attributeDefinitions(Arrays.asList(attributeDefinitions));
    }

    /**
     * @param attributeDefinitions the definitions, added once per name
     * @return this action
     * @see #attributeDefinitions(AttributeDefinition...)
     */
    public CreateTable attributeDefinitions(Iterable<AttributeDefinition> attributeDefinitions) {
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
    public CreateTable attributeDefinitions(Stream<AttributeDefinition> attributeDefinitions) {
        return attributeDefinitions(attributeDefinitions.toList());
    }

    /**
     * Adds elements to the table's key schema (API member {@code KeySchema}), whatever the active resource; define
     * their types with {@link #attributeDefinitions(AttributeDefinition...)}.
     *
     * @param keySchema the elements
     * @return this action
     * @throws io.lowvoltage.exceptions.BuilderException when the table already has another key of that type
     */
    public CreateTable keySchema(KeySchemaElement... keySchema) {
        return keySchema(Arrays.asList(keySchema));
    }

    /**
     * @param keySchema the elements, added to the table's key schema
     * @return this action
     * @see #keySchema(KeySchemaElement...)
     */
    public CreateTable keySchema(Iterable<KeySchemaElement> keySchema) {
        List<KeySchemaElement> all = new ArrayList<>();
        Variadic.addAll(all, "keySchema", keySchema);
        all.forEach(element -> schema.keySchemaElement(schema.table(), element));
        return this;
    }

    /**
     * @param keySchema the elements, added to the table's key schema
     * @return this action
     * @see #keySchema(KeySchemaElement...)
     */
    public CreateTable keySchema(Stream<KeySchemaElement> keySchema) {
        return keySchema(keySchema.toList());
    }

    /**
     * Adds local secondary indexes (API member {@code LocalSecondaryIndexes}); the active resource stays.
     *
     * @param indexes the indexes
     * @return this action
     */
    public CreateTable localSecondaryIndexes(LocalSecondaryIndex... indexes) {
        return localSecondaryIndexes(Arrays.asList(indexes));
    }

    /**
     * @param indexes the indexes to add
     * @return this action
     * @see #localSecondaryIndexes(LocalSecondaryIndex...)
     */
    public CreateTable localSecondaryIndexes(Iterable<LocalSecondaryIndex> indexes) {
        List<LocalSecondaryIndex> all = new ArrayList<>();
        Variadic.addAll(all, "localSecondaryIndexes", indexes);
        all.forEach(schema::add);
        return this;
    }

    /**
     * @param indexes the indexes to add
     * @return this action
     * @see #localSecondaryIndexes(LocalSecondaryIndex...)
     */
    public CreateTable localSecondaryIndexes(Stream<LocalSecondaryIndex> indexes) {
        return localSecondaryIndexes(indexes.toList());
    }

    /**
     * Adds global secondary indexes (API member {@code GlobalSecondaryIndexes}); the active resource stays.
     *
     * @param indexes the indexes
     * @return this action
     */
    public CreateTable globalSecondaryIndexes(GlobalSecondaryIndex... indexes) {
        return globalSecondaryIndexes(Arrays.asList(indexes));
    }

    /**
     * @param indexes the indexes to add
     * @return this action
     * @see #globalSecondaryIndexes(GlobalSecondaryIndex...)
     */
    public CreateTable globalSecondaryIndexes(Iterable<GlobalSecondaryIndex> indexes) {
        List<GlobalSecondaryIndex> all = new ArrayList<>();
        Variadic.addAll(all, "globalSecondaryIndexes", indexes);
        all.forEach(schema::add);
        return this;
    }

    /**
     * @param indexes the indexes to add
     * @return this action
     * @see #globalSecondaryIndexes(GlobalSecondaryIndex...)
     */
    public CreateTable globalSecondaryIndexes(Stream<GlobalSecondaryIndex> indexes) {
        return globalSecondaryIndexes(indexes.toList());
    }

    /**
     * @param billingMode how reads and writes are charged (API member {@code BillingMode})
     * @return this action
     */
    public CreateTable billingMode(BillingMode billingMode) {
        this.billingMode = Shapes.known(billingMode, "BillingMode");
        return this;
    }

    /** @return this action, with provisioned capacity (the default; set throughput too) */
    public CreateTable billingModeProvisioned() {
        return billingMode(BillingMode.PROVISIONED);
    }

    /** @return this action, billed per request (on demand) */
    public CreateTable billingModePayPerRequest() {
        return billingMode(BillingMode.PAY_PER_REQUEST);
    }

    /**
     * @param streamSpecification the stream settings (API member {@code StreamSpecification})
     * @return this action
     */
    public CreateTable streamSpecification(StreamSpecification streamSpecification) {
        this.streamSpecification = Objects.requireNonNull(streamSpecification, "streamSpecification");
        return this;
    }

    /**
     * @param streamViewType what each record of the table's stream holds
     * @return this action, with a stream enabled (API member {@code StreamSpecification})
     */
    public CreateTable streamSpecification(StreamViewType streamViewType) {
        return streamSpecification(StreamSpecification.enabled(streamViewType));
    }

    /**
     * @param sseSpecification the server-side encryption settings (API member {@code SSESpecification})
     * @return this action
     */
    public CreateTable sseSpecification(SSESpecification sseSpecification) {
        this.sseSpecification = Objects.requireNonNull(sseSpecification, "sseSpecification");
        return this;
    }

    /**
     * Adds a tag (an entry of API member {@code Tags}).
     *
     * @param key   the tag's key
     * @param value the tag's value
     * @return this action
     */
    public CreateTable tag(String key, String value) {
        tags.add(Tag.of(key, value));
        return this;
    }

    /**
     * @param tags the tags to add (API member {@code Tags})
     * @return this action
     */
    public CreateTable tags(Tag... tags) {
        Variadic.addAll(this.tags, "tags", tags);
        return this;
    }

    /**
     * @param tags the tags to add (API member {@code Tags})
     * @return this action
     */
    public CreateTable tags(Iterable<Tag> tags) {
        Variadic.addAll(this.tags, "tags", tags);
        return this;
    }

    /**
     * @param tags the tags to add (API member {@code Tags})
     * @return this action
     */
    public CreateTable tags(Stream<Tag> tags) {
        Variadic.addAll(this.tags, "tags", tags);
        return this;
    }

    /**
     * @param tableClass the storage class (API member {@code TableClass})
     * @return this action
     */
    public CreateTable tableClass(TableClass tableClass) {
        this.tableClass = Shapes.known(tableClass, "TableClass");
        return this;
    }

    /** @return this action, with the {@code STANDARD} storage class (the default) */
    public CreateTable tableClassStandard() {
        return tableClass(TableClass.STANDARD);
    }

    /** @return this action, with the {@code STANDARD_INFREQUENT_ACCESS} storage class */
    public CreateTable tableClassStandardInfrequentAccess() {
        return tableClass(TableClass.STANDARD_INFREQUENT_ACCESS);
    }

    /**
     * @param deletionProtectionEnabled whether DeleteTable is refused (API member {@code DeletionProtectionEnabled})
     * @return this action
     */
    public CreateTable deletionProtectionEnabled(boolean deletionProtectionEnabled) {
        this.deletionProtectionEnabled = deletionProtectionEnabled;
        return this;
    }

    /**
     * @param resourcePolicy a resource-based policy document, JSON (API member {@code ResourcePolicy})
     * @return this action
     */
    public CreateTable resourcePolicy(String resourcePolicy) {
        this.resourcePolicy = Objects.requireNonNull(resourcePolicy, "resourcePolicy");
        return this;
    }

    /**
     * @param globalTableSourceArn the ARN of the global table this table joins as a replica (API member
     *                             {@code GlobalTableSourceArn})
     * @return this action
     */
    public CreateTable globalTableSourceArn(String globalTableSourceArn) {
        this.globalTableSourceArn = Objects.requireNonNull(globalTableSourceArn, "globalTableSourceArn");
        return this;
    }

    /**
     * @param mode whether settings replicate across the global table (API member
     *             {@code GlobalTableSettingsReplicationMode})
     * @return this action
     */
    public CreateTable globalTableSettingsReplicationMode(GlobalTableSettingsReplicationMode mode) {
        this.globalTableSettingsReplicationMode = Shapes.known(mode, "GlobalTableSettingsReplicationMode");
        return this;
    }

    /** @return this action, with settings replicated across the global table */
    public CreateTable globalTableSettingsReplicationModeEnabled() {
        return globalTableSettingsReplicationMode(GlobalTableSettingsReplicationMode.ENABLED);
    }

    /** @return this action, with settings not replicated */
    public CreateTable globalTableSettingsReplicationModeDisabled() {
        return globalTableSettingsReplicationMode(GlobalTableSettingsReplicationMode.DISABLED);
    }

    /** @return this action, with settings replicated except per-replica overrides */
    public CreateTable globalTableSettingsReplicationModeEnabledWithOverrides() {
        return globalTableSettingsReplicationMode(GlobalTableSettingsReplicationMode.ENABLED_WITH_OVERRIDES);
    }

    /**
     * @param indexes vector indexes to add (API member {@code VectorIndexes})
     * @return this action
     */
    public CreateTable vectorIndexes(VectorIndex... indexes) {
        Variadic.addAll(vectorIndexes, "vectorIndexes", indexes);
        return this;
    }

    /**
     * @param indexes vector indexes to add (API member {@code VectorIndexes})
     * @return this action
     */
    public CreateTable vectorIndexes(Iterable<VectorIndex> indexes) {
        Variadic.addAll(vectorIndexes, "vectorIndexes", indexes);
        return this;
    }

    /**
     * @param indexes vector indexes to add (API member {@code VectorIndexes})
     * @return this action
     */
    public CreateTable vectorIndexes(Stream<VectorIndex> indexes) {
        Variadic.addAll(vectorIndexes, "vectorIndexes", indexes);
        return this;
    }

    @Override
    protected String tableName() {
        return tableName;
    }

    @Override
    protected void validate() {
        Require.tableName(tableName, "CreateTable", "TableName", "new CreateTable(tableName) or .tableName(...)");
        schema.validate();
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        TableSchema.Resource table = schema.table();
        generator.writeStartObject();
        schema.writeAttributeDefinitions(generator);
        JsonWrites.string(generator, Members.TABLE_NAME, tableName);
        schema.writeKeySchema(generator);
        schema.writeLocalSecondaryIndexes(generator);
        schema.writeGlobalSecondaryIndexes(generator);
        JsonWrites.constant(generator, Members.BILLING_MODE, billingMode);
        Shapes.object(generator, Members.PROVISIONED_THROUGHPUT, table.provisionedThroughput(),
                ProvisionedThroughput::write);
        Shapes.object(generator, Members.STREAM_SPECIFICATION, streamSpecification, StreamSpecification::write);
        Shapes.object(generator, Members.SSE_SPECIFICATION, sseSpecification, SSESpecification::write);
        Shapes.array(generator, Members.TAGS, tags, Tag::write);
        JsonWrites.constant(generator, Members.TABLE_CLASS, tableClass);
        JsonWrites.bool(generator, Members.DELETION_PROTECTION_ENABLED, deletionProtectionEnabled);
        Shapes.object(generator, Members.WARM_THROUGHPUT, table.warmThroughput(), WarmThroughput::write);
        JsonWrites.string(generator, Members.RESOURCE_POLICY, resourcePolicy);
        Shapes.object(generator, Members.ON_DEMAND_THROUGHPUT, table.onDemandThroughput(), OnDemandThroughput::write);
        JsonWrites.string(generator, Members.GLOBAL_TABLE_SOURCE_ARN, globalTableSourceArn);
        JsonWrites.constant(generator, Members.GLOBAL_TABLE_SETTINGS_REPLICATION_MODE,
                globalTableSettingsReplicationMode);
        Shapes.array(generator, Members.VECTOR_INDEXES, vectorIndexes, VectorIndex::write);
        generator.writeEndObject();
    }

    @Override
    protected CreateTableResponse readResponse(JsonParser parser) {
        return CreateTableResponse.read(parser);
    }
}
