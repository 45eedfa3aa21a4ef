package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * A global secondary index to create, with a table or later: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GlobalSecondaryIndex.html">GlobalSecondaryIndex</a>,
 * which has the members of
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateGlobalSecondaryIndexAction.html">CreateGlobalSecondaryIndexAction</a>
 * too. Immutable; the {@code with...} methods return changed copies. {@link CreateTable#globalSecondaryIndex(String)}
 * and {@link UpdateTable#createGlobalSecondaryIndex(String)} build one in place.
 *
 * <pre>{@code
 * GlobalSecondaryIndex.of("gsi", List.of(KeySchemaElement.hash("a")), Projection.keysOnly())
 *         .withProvisionedThroughput(ProvisionedThroughput.of(1, 1))
 * }</pre>
 */
public final class GlobalSecondaryIndex {
    private final String indexName;
    private final List<KeySchemaElement> keySchema;
    private final Projection projection;
    private final ProvisionedThroughput provisionedThroughput;
    private final OnDemandThroughput onDemandThroughput;
    private final WarmThroughput warmThroughput;

    private GlobalSecondaryIndex(String indexName, List<KeySchemaElement> keySchema, Projection projection,
            ProvisionedThroughput provisionedThroughput, OnDemandThroughput onDemandThroughput,
            WarmThroughput warmThroughput) {
        this.indexName = indexName;
        this.keySchema = keySchema;
        this.projection = projection;
        this.provisionedThroughput = provisionedThroughput;
        this.onDemandThroughput = onDemandThroughput;
        this.warmThroughput = warmThroughput;
    }

    /**
     * @param indexName  the index name (API member {@code IndexName})
     * @param keySchema  the index's partition key, and sort key if any (API member {@code KeySchema})
     * @param projection the attributes copied into the index (API member {@code Projection})
     * @return the index, without throughput settings
     */
    public static GlobalSecondaryIndex of(String indexName, List<KeySchemaElement> keySchema, Projection projection) {
        return new GlobalSecondaryIndex(Objects.requireNonNull(indexName, "indexName"),
                Shapes.copy(keySchema, "keySchema"), Objects.requireNonNull(projection, "projection"),
                null, null, null);
    }

    /**
     * @param provisionedThroughput the index's provisioned throughput (API member {@code ProvisionedThroughput}),
     *                              for a table with provisioned billing; {@code null} for none
     * @return a copy with that throughput
     */
    public GlobalSecondaryIndex withProvisionedThroughput(ProvisionedThroughput provisionedThroughput) {
        return new GlobalSecondaryIndex(indexName, keySchema, projection, provisionedThroughput, onDemandThroughput,
                warmThroughput);
    }

    /**
     * @param onDemandThroughput the index's maximum on-demand throughput (API member {@code OnDemandThroughput});
     *                           {@code null} for none
     * @return a copy with that throughput
     */
    public GlobalSecondaryIndex withOnDemandThroughput(OnDemandThroughput onDemandThroughput) {
        return new GlobalSecondaryIndex(indexName, keySchema, projection, provisionedThroughput, onDemandThroughput,
                warmThroughput);
    }

    /**
     * @param warmThroughput the index's warm throughput (API member {@code WarmThroughput}); {@code null} for none
     * @return a copy with that throughput
     */
    public GlobalSecondaryIndex withWarmThroughput(WarmThroughput warmThroughput) {
        return new GlobalSecondaryIndex(indexName, keySchema, projection, provisionedThroughput, onDemandThroughput,
                warmThroughput);
    }

    static GlobalSecondaryIndex read(JsonParser parser) {
        String indexName = null;
        List<KeySchemaElement> keySchema = List.of();
        Projection projection = null;
        ProvisionedThroughput provisionedThroughput = null;
        OnDemandThroughput onDemandThroughput = null;
        WarmThroughput warmThroughput = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "IndexName" -> indexName = JsonReads.string(parser);
                case "KeySchema" -> keySchema = JsonReads.list(parser, KeySchemaElement::read);
                case "Projection" -> projection = Projection.read(parser);
                case "ProvisionedThroughput" -> provisionedThroughput = ProvisionedThroughput.read(parser);
                case "OnDemandThroughput" -> onDemandThroughput = OnDemandThroughput.read(parser);
                case "WarmThroughput" -> warmThroughput = WarmThroughput.read(parser);
                default -> parser.skipChildren();
            }
        }
        return new GlobalSecondaryIndex(indexName, keySchema, projection, provisionedThroughput, onDemandThroughput,
                warmThroughput);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.INDEX_NAME, indexName);
        Shapes.array(generator, Members.KEY_SCHEMA, keySchema, KeySchemaElement::write);
        Shapes.object(generator, Members.PROJECTION, projection, Projection::write);
        Shapes.object(generator, Members.PROVISIONED_THROUGHPUT, provisionedThroughput, ProvisionedThroughput::write);
        Shapes.object(generator, Members.ON_DEMAND_THROUGHPUT, onDemandThroughput, OnDemandThroughput::write);
        Shapes.object(generator, Members.WARM_THROUGHPUT, warmThroughput, WarmThroughput::write);
        generator.writeEndObject();
    }

    /** @return the index name (API member {@code IndexName}) */
    public String indexName() {
        return indexName;
    }

    /** @return the key schema (API member {@code KeySchema}) */
    public List<KeySchemaElement> keySchema() {
        return keySchema;
    }

    /** @return the projection (API member {@code Projection}) */
    public Projection projection() {
        return projection;
    }

    /** @return the provisioned throughput (API member {@code ProvisionedThroughput}), or {@code null} */
    public ProvisionedThroughput provisionedThroughput() {
        return provisionedThroughput;
    }

    /** @return the maximum on-demand throughput (API member {@code OnDemandThroughput}), or {@code null} */
    public OnDemandThroughput onDemandThroughput() {
        return onDemandThroughput;
    }

    /** @return the warm throughput (API member {@code WarmThroughput}), or {@code null} */
    public WarmThroughput warmThroughput() {
        return warmThroughput;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GlobalSecondaryIndex that && Objects.equals(indexName, that.indexName)
                && keySchema.equals(that.keySchema) && Objects.equals(projection, that.projection)
                && Objects.equals(provisionedThroughput, that.provisionedThroughput)
                && Objects.equals(onDemandThroughput, that.onDemandThroughput)
                && Objects.equals(warmThroughput, that.warmThroughput);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indexName, keySchema, projection, provisionedThroughput, onDemandThroughput,
                warmThroughput);
    }

    @Override
    public String toString() {
        return Shapes.toString("GlobalSecondaryIndex", "indexName", indexName, "keySchema", keySchema,
                "projection", projection, "provisionedThroughput", provisionedThroughput,
                "onDemandThroughput", onDemandThroughput, "warmThroughput", warmThroughput);
    }
}
