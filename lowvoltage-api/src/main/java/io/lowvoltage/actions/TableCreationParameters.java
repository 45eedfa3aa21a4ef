package io.lowvoltage.actions;

import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.Variadic;
import io.lowvoltage.internal.json.JsonReads;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The table an import creates: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TableCreationParameters.html">TableCreationParameters</a>.
 * Immutable; built with {@link #builder(String)}.
 *
 * <pre>{@code
 * TableCreationParameters.builder("T").hashKey("h", ScalarAttributeType.S).rangeKey("r", ScalarAttributeType.N)
 *         .billingModePayPerRequest().build()
 * }</pre>
 */
public final class TableCreationParameters {
    private final String tableName;
    private final List<AttributeDefinition> attributeDefinitions;
    private final List<KeySchemaElement> keySchema;
    private final BillingMode billingMode;
    private final ProvisionedThroughput provisionedThroughput;
    private final OnDemandThroughput onDemandThroughput;
    private final SSESpecification sseSpecification;
    private final List<GlobalSecondaryIndex> globalSecondaryIndexes;
    private final List<VectorIndex> vectorIndexes;

    private TableCreationParameters(Builder builder) {
        this.tableName = builder.tableName;
        this.attributeDefinitions = List.copyOf(builder.attributeDefinitions);
        this.keySchema = List.copyOf(builder.keySchema);
        this.billingMode = builder.billingMode;
        this.provisionedThroughput = builder.provisionedThroughput;
        this.onDemandThroughput = builder.onDemandThroughput;
        this.sseSpecification = builder.sseSpecification;
        this.globalSecondaryIndexes = List.copyOf(builder.globalSecondaryIndexes);
        this.vectorIndexes = List.copyOf(builder.vectorIndexes);
    }

    /**
     * @param tableName the name of the table to create (API member {@code TableName})
     * @return a builder; give it at least a hash key
     */
    public static Builder builder(String tableName) {
        return new Builder(tableName);
    }

    static TableCreationParameters read(JsonParser parser) {
        Builder builder = new Builder();
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "TableName" -> builder.tableName = JsonReads.string(parser);
                case "AttributeDefinitions" -> builder.attributeDefinitions(
                        JsonReads.list(parser, AttributeDefinition::read));
                case "KeySchema" -> builder.keySchema(JsonReads.list(parser, KeySchemaElement::read));
                case "BillingMode" -> builder.billingMode = Enums.read(parser, BillingMode.class);
                case "ProvisionedThroughput" -> builder.provisionedThroughput = ProvisionedThroughput.read(parser);
                case "OnDemandThroughput" -> builder.onDemandThroughput = OnDemandThroughput.read(parser);
                case "SSESpecification" -> builder.sseSpecification = SSESpecification.read(parser);
                case "GlobalSecondaryIndexes" -> builder.globalSecondaryIndexes(
                        JsonReads.list(parser, GlobalSecondaryIndex::read));
                case "VectorIndexes" -> builder.vectorIndexes(JsonReads.list(parser, VectorIndex::read));
                default -> parser.skipChildren();
            }
        }
        return new TableCreationParameters(builder);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.TABLE_NAME, tableName);
        Shapes.array(generator, Members.ATTRIBUTE_DEFINITIONS, attributeDefinitions, AttributeDefinition::write);
        Shapes.array(generator, Members.KEY_SCHEMA, keySchema, KeySchemaElement::write);
        JsonWrites.constant(generator, Members.BILLING_MODE, billingMode);
        Shapes.object(generator, Members.PROVISIONED_THROUGHPUT, provisionedThroughput, ProvisionedThroughput::write);
        Shapes.object(generator, Members.ON_DEMAND_THROUGHPUT, onDemandThroughput, OnDemandThroughput::write);
        Shapes.object(generator, Members.SSE_SPECIFICATION, sseSpecification, SSESpecification::write);
        Shapes.array(generator, Members.GLOBAL_SECONDARY_INDEXES, globalSecondaryIndexes, GlobalSecondaryIndex::write);
        Shapes.array(generator, Members.VECTOR_INDEXES, vectorIndexes, VectorIndex::write);
        generator.writeEndObject();
    }

    /** @return the table's name (API member {@code TableName}) */
    public String tableName() {
        return tableName;
    }

    /** @return the key attributes' types (API member {@code AttributeDefinitions}) */
    public List<AttributeDefinition> attributeDefinitions() {
        return attributeDefinitions;
    }

    /** @return the table's primary key (API member {@code KeySchema}) */
    public List<KeySchemaElement> keySchema() {
        return keySchema;
    }

    /** @return how reads and writes are charged (API member {@code BillingMode}), or {@code null} */
    public BillingMode billingMode() {
        return billingMode;
    }

    /** @return the provisioned throughput (API member {@code ProvisionedThroughput}), or {@code null} */
    public ProvisionedThroughput provisionedThroughput() {
        return provisionedThroughput;
    }

    /** @return the maximum on-demand throughput (API member {@code OnDemandThroughput}), or {@code null} */
    public OnDemandThroughput onDemandThroughput() {
        return onDemandThroughput;
    }

    /** @return the server-side encryption settings (API member {@code SSESpecification}), or {@code null} */
    public SSESpecification sseSpecification() {
        return sseSpecification;
    }

    /** @return the global secondary indexes (API member {@code GlobalSecondaryIndexes}) */
    public List<GlobalSecondaryIndex> globalSecondaryIndexes() {
        return globalSecondaryIndexes;
    }

    /** @return the vector indexes (API member {@code VectorIndexes}) */
    public List<VectorIndex> vectorIndexes() {
        return vectorIndexes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TableCreationParameters that && Objects.equals(tableName, that.tableName)
                && attributeDefinitions.equals(that.attributeDefinitions) && keySchema.equals(that.keySchema)
                && billingMode == that.billingMode
                && Objects.equals(provisionedThroughput, that.provisionedThroughput)
                && Objects.equals(onDemandThroughput, that.onDemandThroughput)
                && Objects.equals(sseSpecification, that.sseSpecification)
                && globalSecondaryIndexes.equals(that.globalSecondaryIndexes)
                && vectorIndexes.equals(that.vectorIndexes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableName, attributeDefinitions, keySchema, billingMode, provisionedThroughput,
                onDemandThroughput, sseSpecification, globalSecondaryIndexes, vectorIndexes);
    }

    @Override
    public String toString() {
        return Shapes.toString("TableCreationParameters", "tableName", tableName,
                "attributeDefinitions", attributeDefinitions, "keySchema", keySchema, "billingMode", billingMode,
                "provisionedThroughput", provisionedThroughput, "onDemandThroughput", onDemandThroughput,
                "sseSpecification", sseSpecification, "globalSecondaryIndexes", globalSecondaryIndexes,
                "vectorIndexes", vectorIndexes);
    }

    /**
     * Builds {@link TableCreationParameters}. {@link #hashKey} and {@link #rangeKey} add the key schema element
     * and its attribute definition together; the model-shaped setters add either alone, for instance the
     * definitions of the global secondary indexes' keys. Not thread-safe.
     */
    public static final class Builder {
        private String tableName;
        private final List<AttributeDefinition> attributeDefinitions = new ArrayList<>();
        private final List<KeySchemaElement> keySchema = new ArrayList<>();
        private BillingMode billingMode;
        private ProvisionedThroughput provisionedThroughput;
        private OnDemandThroughput onDemandThroughput;
        private SSESpecification sseSpecification;
        private final List<GlobalSecondaryIndex> globalSecondaryIndexes = new ArrayList<>();
        private final List<VectorIndex> vectorIndexes = new ArrayList<>();

        private Builder() {
        }

        private Builder(String tableName) {
            this.tableName = Objects.requireNonNull(tableName, "tableName");
        }

        /**
         * @param attributeName the partition key attribute (API members {@code KeySchema} and
         *                      {@code AttributeDefinitions})
         * @param attributeType its type
         * @return this builder
         */
        public Builder hashKey(String attributeName, ScalarAttributeType attributeType) {
            return attributeDefinitions(AttributeDefinition.of(attributeName, attributeType))
                    .keySchema(KeySchemaElement.hash(attributeName));
        }

        /**
         * @param attributeName the sort key attribute (API members {@code KeySchema} and
         *                      {@code AttributeDefinitions})
         * @param attributeType its type
         * @return this builder
         */
        public Builder rangeKey(String attributeName, ScalarAttributeType attributeType) {
            return attributeDefinitions(AttributeDefinition.of(attributeName, attributeType))
                    .keySchema(KeySchemaElement.range(attributeName));
        }

        /**
         * @param attributeDefinitions attribute types to add (API member {@code AttributeDefinitions})
         * @return this builder
         */
        public Builder attributeDefinitions(AttributeDefinition... attributeDefinitions) {
            Variadic.addAll(this.attributeDefinitions, "attributeDefinitions", attributeDefinitions);
            return this;
        }

        /**
         * @param attributeDefinitions attribute types to add (API member {@code AttributeDefinitions})
         * @return this builder
         */
        public Builder attributeDefinitions(Iterable<AttributeDefinition> attributeDefinitions) {
            Variadic.addAll(this.attributeDefinitions, "attributeDefinitions", attributeDefinitions);
            return this;
        }

        /**
         * @param attributeDefinitions attribute types to add (API member {@code AttributeDefinitions})
         * @return this builder
         */
        public Builder attributeDefinitions(Stream<AttributeDefinition> attributeDefinitions) {
            Variadic.addAll(this.attributeDefinitions, "attributeDefinitions", attributeDefinitions);
            return this;
        }

        /**
         * @param keySchema key schema elements to add (API member {@code KeySchema})
         * @return this builder
         */
        public Builder keySchema(KeySchemaElement... keySchema) {
            Variadic.addAll(this.keySchema, "keySchema", keySchema);
            return this;
        }

        /**
         * @param keySchema key schema elements to add (API member {@code KeySchema})
         * @return this builder
         */
        public Builder keySchema(Iterable<KeySchemaElement> keySchema) {
            Variadic.addAll(this.keySchema, "keySchema", keySchema);
            return this;
        }

        /**
         * @param keySchema key schema elements to add (API member {@code KeySchema})
         * @return this builder
         */
        public Builder keySchema(Stream<KeySchemaElement> keySchema) {
            Variadic.addAll(this.keySchema, "keySchema", keySchema);
            return this;
        }

        /**
         * @param billingMode how reads and writes are charged (API member {@code BillingMode})
         * @return this builder
         */
        public Builder billingMode(BillingMode billingMode) {
            this.billingMode = Shapes.known(billingMode, "BillingMode");
            return this;
        }

        /** @return this builder, with provisioned capacity */
        public Builder billingModeProvisioned() {
            return billingMode(BillingMode.PROVISIONED);
        }

        /** @return this builder, billed per request (on demand) */
        public Builder billingModePayPerRequest() {
            return billingMode(BillingMode.PAY_PER_REQUEST);
        }

        /**
         * @param provisionedThroughput the table's throughput (API member {@code ProvisionedThroughput})
         * @return this builder
         */
        public Builder provisionedThroughput(ProvisionedThroughput provisionedThroughput) {
            this.provisionedThroughput = Objects.requireNonNull(provisionedThroughput, "provisionedThroughput");
            return this;
        }

        /**
         * @param readCapacityUnits  the table's read capacity (API member {@code ProvisionedThroughput})
         * @param writeCapacityUnits its write capacity
         * @return this builder
         */
        public Builder provisionedThroughput(long readCapacityUnits, long writeCapacityUnits) {
            return provisionedThroughput(ProvisionedThroughput.of(readCapacityUnits, writeCapacityUnits));
        }

        /**
         * @param onDemandThroughput the table's maximum on-demand throughput (API member
         *                           {@code OnDemandThroughput})
         * @return this builder
         */
        public Builder onDemandThroughput(OnDemandThroughput onDemandThroughput) {
            this.onDemandThroughput = Objects.requireNonNull(onDemandThroughput, "onDemandThroughput");
            return this;
        }

        /**
         * @param sseSpecification the server-side encryption settings (API member {@code SSESpecification})
         * @return this builder
         */
        public Builder sseSpecification(SSESpecification sseSpecification) {
            this.sseSpecification = Objects.requireNonNull(sseSpecification, "sseSpecification");
            return this;
        }

        /**
         * @param indexes global secondary indexes to add (API member {@code GlobalSecondaryIndexes})
         * @return this builder
         */
        public Builder globalSecondaryIndexes(GlobalSecondaryIndex... indexes) {
            Variadic.addAll(globalSecondaryIndexes, "globalSecondaryIndexes", indexes);
            return this;
        }

        /**
         * @param indexes global secondary indexes to add (API member {@code GlobalSecondaryIndexes})
         * @return this builder
         */
        public Builder globalSecondaryIndexes(Iterable<GlobalSecondaryIndex> indexes) {
            Variadic.addAll(globalSecondaryIndexes, "globalSecondaryIndexes", indexes);
            return this;
        }

        /**
         * @param indexes global secondary indexes to add (API member {@code GlobalSecondaryIndexes})
         * @return this builder
         */
        public Builder globalSecondaryIndexes(Stream<GlobalSecondaryIndex> indexes) {
            Variadic.addAll(globalSecondaryIndexes, "globalSecondaryIndexes", indexes);
            return this;
        }

        /**
         * @param indexes vector indexes to add (API member {@code VectorIndexes})
         * @return this builder
         */
        public Builder vectorIndexes(VectorIndex... indexes) {
            Variadic.addAll(vectorIndexes, "vectorIndexes", indexes);
            return this;
        }

        /**
         * @param indexes vector indexes to add (API member {@code VectorIndexes})
         * @return this builder
         */
        public Builder vectorIndexes(Iterable<VectorIndex> indexes) {
            Variadic.addAll(vectorIndexes, "vectorIndexes", indexes);
            return this;
        }

        /**
         * @param indexes vector indexes to add (API member {@code VectorIndexes})
         * @return this builder
         */
        public Builder vectorIndexes(Stream<VectorIndex> indexes) {
            Variadic.addAll(vectorIndexes, "vectorIndexes", indexes);
            return this;
        }

        /**
         * @return the parameters
         * @throws io.lowvoltage.exceptions.BuilderException when no key schema or attribute definition is set
         */
        public TableCreationParameters build() {
            Require.present(keySchema, "TableCreationParameters", "KeySchema", ".hashKey(name, type)");
            Require.present(attributeDefinitions, "TableCreationParameters", "AttributeDefinitions",
                    ".hashKey(name, type) or .attributeDefinitions(...)");
            return new TableCreationParameters(this);
        }
    }
}
