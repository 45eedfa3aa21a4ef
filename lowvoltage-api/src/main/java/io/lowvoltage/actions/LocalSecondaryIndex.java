package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonWrites;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * A local secondary index to create with a table: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_LocalSecondaryIndex.html">LocalSecondaryIndex</a>.
 * Immutable. {@link CreateTable#localSecondaryIndex(String)} builds one in place; this value is for
 * {@link CreateTable#localSecondaryIndexes(LocalSecondaryIndex...)}.
 *
 * <pre>{@code
 * LocalSecondaryIndex.of("lsi", List.of(KeySchemaElement.hash("h"), KeySchemaElement.range("b")), Projection.all())
 * }</pre>
 */
public final class LocalSecondaryIndex {
    private final String indexName;
    private final List<KeySchemaElement> keySchema;
    private final Projection projection;

    private LocalSecondaryIndex(String indexName, List<KeySchemaElement> keySchema, Projection projection) {
        this.indexName = indexName;
        this.keySchema = keySchema;
        this.projection = projection;
    }

    /**
     * @param indexName  the index name (API member {@code IndexName})
     * @param keySchema  the table's partition key and the index's sort key (API member {@code KeySchema})
     * @param projection the attributes copied into the index (API member {@code Projection})
     * @return the index
     */
    public static LocalSecondaryIndex of(String indexName, List<KeySchemaElement> keySchema, Projection projection) {
        return new LocalSecondaryIndex(Objects.requireNonNull(indexName, "indexName"),
                Shapes.copy(keySchema, "keySchema"), Objects.requireNonNull(projection, "projection"));
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.INDEX_NAME, indexName);
        Shapes.array(generator, Members.KEY_SCHEMA, keySchema, KeySchemaElement::write);
        Shapes.object(generator, Members.PROJECTION, projection, Projection::write);
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

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalSecondaryIndex that && indexName.equals(that.indexName)
                && keySchema.equals(that.keySchema) && projection.equals(that.projection);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indexName, keySchema, projection);
    }

    @Override
    public String toString() {
        return Shapes.toString("LocalSecondaryIndex", "indexName", indexName, "keySchema", keySchema,
                "projection", projection);
    }
}
