package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * A vector index to create, with a table or later: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_VectorIndex.html">VectorIndex</a>,
 * which has the members of
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateVectorIndexAction.html">CreateVectorIndexAction</a>
 * too. Immutable; {@link #withSearchSchema(SearchSchemaElement...)} returns a changed copy.
 *
 * <pre>{@code
 * VectorIndex.of("vi", "embedding", 1024, VectorDistanceFunction.COSINE, Projection.keysOnly())
 *         .withSearchSchema(SearchSchemaElement.hash("tenant"))
 * }</pre>
 */
public final class VectorIndex {
    private final String indexName;
    private final VectorAttributeDefinition vectorAttribute;
    private final List<SearchSchemaElement> searchSchema;
    private final Projection projection;
    private final long dimensions;
    private final VectorDistanceFunction distanceFunction;

    private VectorIndex(String indexName, VectorAttributeDefinition vectorAttribute,
            List<SearchSchemaElement> searchSchema, Projection projection, long dimensions,
            VectorDistanceFunction distanceFunction) {
        this.indexName = indexName;
        this.vectorAttribute = vectorAttribute;
        this.searchSchema = searchSchema;
        this.projection = projection;
        this.dimensions = dimensions;
        this.distanceFunction = distanceFunction;
    }

    /**
     * @param indexName        the index name (API member {@code IndexName})
     * @param vectorAttribute  the attribute holding the vectors (API member {@code VectorAttribute})
     * @param dimensions       the number of dimensions of each vector (API member {@code Dimensions})
     * @param distanceFunction how distance is measured (API member {@code DistanceFunction})
     * @param projection       the attributes copied into the index (API member {@code Projection})
     * @return the index, without a search schema
     */
    public static VectorIndex of(String indexName, String vectorAttribute, long dimensions,
            VectorDistanceFunction distanceFunction, Projection projection) {
        return new VectorIndex(Objects.requireNonNull(indexName, "indexName"),
                VectorAttributeDefinition.of(vectorAttribute), List.of(),
                Objects.requireNonNull(projection, "projection"), dimensions,
                Shapes.known(distanceFunction, "DistanceFunction"));
    }

    /**
     * @param searchSchema the search schema (API member {@code SearchSchema}), replacing any set before
     * @return a copy with that search schema
     */
    public VectorIndex withSearchSchema(SearchSchemaElement... searchSchema) {
        return new VectorIndex(indexName, vectorAttribute, Shapes.copy(Arrays.asList(searchSchema), "searchSchema"),
                projection, dimensions, distanceFunction);
    }

    static VectorIndex read(JsonParser parser) {
        String indexName = null;
        VectorAttributeDefinition vectorAttribute = null;
        List<SearchSchemaElement> searchSchema = List.of();
        Projection projection = null;
        long dimensions = 0;
        VectorDistanceFunction distanceFunction = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "IndexName" -> indexName = JsonReads.string(parser);
                case "VectorAttribute" -> vectorAttribute = VectorAttributeDefinition.read(parser);
                case "SearchSchema" -> searchSchema = JsonReads.list(parser, SearchSchemaElement::read);
                case "Projection" -> projection = Projection.read(parser);
                case "Dimensions" -> dimensions = JsonReads.longValue(parser);
                case "DistanceFunction" -> distanceFunction = Enums.read(parser, VectorDistanceFunction.class);
                default -> parser.skipChildren();
            }
        }
        return new VectorIndex(indexName, vectorAttribute, searchSchema, projection, dimensions, distanceFunction);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.INDEX_NAME, indexName);
        Shapes.object(generator, Members.VECTOR_ATTRIBUTE, vectorAttribute, VectorAttributeDefinition::write);
        Shapes.array(generator, Members.SEARCH_SCHEMA, searchSchema, SearchSchemaElement::write);
        Shapes.object(generator, Members.PROJECTION, projection, Projection::write);
        JsonWrites.number(generator, Members.DIMENSIONS, dimensions);
        JsonWrites.constant(generator, Members.DISTANCE_FUNCTION, distanceFunction);
        generator.writeEndObject();
    }

    /** @return the index name (API member {@code IndexName}) */
    public String indexName() {
        return indexName;
    }

    /** @return the attribute holding the vectors (API member {@code VectorAttribute}) */
    public VectorAttributeDefinition vectorAttribute() {
        return vectorAttribute;
    }

    /** @return the search schema (API member {@code SearchSchema}) */
    public List<SearchSchemaElement> searchSchema() {
        return searchSchema;
    }

    /** @return the projection (API member {@code Projection}) */
    public Projection projection() {
        return projection;
    }

    /** @return the number of dimensions (API member {@code Dimensions}) */
    public long dimensions() {
        return dimensions;
    }

    /** @return how distance is measured (API member {@code DistanceFunction}) */
    public VectorDistanceFunction distanceFunction() {
        return distanceFunction;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VectorIndex that && Objects.equals(indexName, that.indexName)
                && Objects.equals(vectorAttribute, that.vectorAttribute) && searchSchema.equals(that.searchSchema)
                && Objects.equals(projection, that.projection) && dimensions == that.dimensions
                && distanceFunction == that.distanceFunction;
    }

    @Override
    public int hashCode() {
        return Objects.hash(indexName, vectorAttribute, searchSchema, projection, dimensions, distanceFunction);
    }

    @Override
    public String toString() {
        return Shapes.toString("VectorIndex", "indexName", indexName,
                "vectorAttribute", vectorAttribute == null ? null : vectorAttribute.attributeName(),
                "searchSchema", searchSchema, "projection", projection, "dimensions", dimensions,
                "distanceFunction", distanceFunction);
    }
}
