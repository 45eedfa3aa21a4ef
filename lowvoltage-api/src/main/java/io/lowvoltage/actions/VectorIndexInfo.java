package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * A vector index of a backed-up table: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_VectorIndexInfo.html">VectorIndexInfo</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class VectorIndexInfo {
    private final String indexName;
    private final VectorAttributeDefinition vectorAttribute;
    private final List<SearchSchemaElement> searchSchema;
    private final Projection projection;
    private final Long dimensions;
    private final VectorDistanceFunction distanceFunction;

    private VectorIndexInfo(String indexName, VectorAttributeDefinition vectorAttribute,
            List<SearchSchemaElement> searchSchema, Projection projection, Long dimensions,
            VectorDistanceFunction distanceFunction) {
        this.indexName = indexName;
        this.vectorAttribute = vectorAttribute;
        this.searchSchema = searchSchema;
        this.projection = projection;
        this.dimensions = dimensions;
        this.distanceFunction = distanceFunction;
    }

    static VectorIndexInfo read(JsonParser parser) {
        String indexName = null;
        VectorAttributeDefinition vectorAttribute = null;
        List<SearchSchemaElement> searchSchema = List.of();
        Projection projection = null;
        Long dimensions = null;
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
        return new VectorIndexInfo(indexName, vectorAttribute, searchSchema, projection, dimensions, distanceFunction);
    }

    /** @return the name of the vector index (API member {@code IndexName}), or {@code null} */
    public String indexName() {
        return indexName;
    }

    /**
     * @return the vector attribute configuration for the index (API member {@code VectorAttribute}), or {@code null}
     */
    public VectorAttributeDefinition vectorAttribute() {
        return vectorAttribute;
    }

    /**
     * @return the search schema that defines partition key and inline filter attributes for the vector index (API
     *         member {@code SearchSchema})
     */
    public List<SearchSchemaElement> searchSchema() {
        return searchSchema;
    }

    /**
     * @return specifies attributes that are copied (projected) from the table into the vector index (API member
     *         {@code Projection}), or {@code null}
     */
    public Projection projection() {
        return projection;
    }

    /** @return the number of dimensions in each vector (API member {@code Dimensions}), or {@code null} */
    public Long dimensions() {
        return dimensions;
    }

    /**
     * @return the distance function used to calculate similarity between vectors (API member {@code DistanceFunction}),
     *         or {@code null}
     */
    public VectorDistanceFunction distanceFunction() {
        return distanceFunction;
    }

    @Override
    public String toString() {
        return Shapes.toString("VectorIndexInfo", "indexName", indexName, "vectorAttribute", vectorAttribute,
                "searchSchema", searchSchema, "projection", projection, "dimensions", dimensions, "distanceFunction",
                distanceFunction);
    }
}
