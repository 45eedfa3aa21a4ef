package io.lowvoltage.actions;

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
public final class CreateTable extends TableSchemaAction<CreateTable, CreateTableResponse> {
    private final List<Tag> tags = new ArrayList<>();
    private String resourcePolicy;
    private String globalTableSourceArn;
    private final List<VectorIndex> vectorIndexes = new ArrayList<>();

    /** An empty CreateTable: set the table name by chaining. */
    public CreateTable() {
        super("CreateTable");
    }

    /** @param tableName the name of the table to create */
    public CreateTable(String tableName) {
        this();
        tableName(tableName);
    }

    @Override
    protected String operation() {
        return "CreateTable";
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
