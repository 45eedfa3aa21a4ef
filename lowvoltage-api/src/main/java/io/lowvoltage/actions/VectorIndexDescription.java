package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * A vector index of a table: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_VectorIndexDescription.html">VectorIndexDescription</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class VectorIndexDescription {
    private final String indexName;
    private final List<SearchSchemaElement> searchSchema;
    private final Projection projection;
    private final VectorAttributeDefinition vectorAttribute;
    private final Long dimensions;
    private final VectorDistanceFunction distanceFunction;
    private final IndexStatus indexStatus;
    private final Boolean backfilling;
    private final Long indexSizeBytes;
    private final Long itemCount;
    private final String indexArn;

    private VectorIndexDescription(String indexName, List<SearchSchemaElement> searchSchema, Projection projection,
            VectorAttributeDefinition vectorAttribute, Long dimensions, VectorDistanceFunction distanceFunction,
            IndexStatus indexStatus, Boolean backfilling, Long indexSizeBytes, Long itemCount, String indexArn) {
        this.indexName = indexName;
        this.searchSchema = searchSchema;
        this.projection = projection;
        this.vectorAttribute = vectorAttribute;
        this.dimensions = dimensions;
        this.distanceFunction = distanceFunction;
        this.indexStatus = indexStatus;
        this.backfilling = backfilling;
        this.indexSizeBytes = indexSizeBytes;
        this.itemCount = itemCount;
        this.indexArn = indexArn;
    }

    static VectorIndexDescription read(JsonParser parser) {
        String indexName = null;
        List<SearchSchemaElement> searchSchema = List.of();
        Projection projection = null;
        VectorAttributeDefinition vectorAttribute = null;
        Long dimensions = null;
        VectorDistanceFunction distanceFunction = null;
        IndexStatus indexStatus = null;
        Boolean backfilling = null;
        Long indexSizeBytes = null;
        Long itemCount = null;
        String indexArn = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "IndexName" -> indexName = JsonReads.string(parser);
                case "SearchSchema" -> searchSchema = JsonReads.list(parser, SearchSchemaElement::read);
                case "Projection" -> projection = Projection.read(parser);
                case "VectorAttribute" -> vectorAttribute = VectorAttributeDefinition.read(parser);
                case "Dimensions" -> dimensions = JsonReads.longValue(parser);
                case "DistanceFunction" -> distanceFunction = Enums.read(parser, VectorDistanceFunction.class);
                case "IndexStatus" -> indexStatus = Enums.read(parser, IndexStatus.class);
                case "Backfilling" -> backfilling = JsonReads.bool(parser);
                case "IndexSizeBytes" -> indexSizeBytes = JsonReads.longValue(parser);
                case "ItemCount" -> itemCount = JsonReads.longValue(parser);
                case "IndexArn" -> indexArn = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new VectorIndexDescription(indexName, searchSchema, projection, vectorAttribute, dimensions,
                distanceFunction, indexStatus, backfilling, indexSizeBytes, itemCount, indexArn);
    }

    /** @return the index name (API member {@code IndexName}), or {@code null} */
    public String indexName() {
        return indexName;
    }

    /** @return the search schema (API member {@code SearchSchema}) */
    public List<SearchSchemaElement> searchSchema() {
        return searchSchema;
    }

    /** @return the attributes copied into the index (API member {@code Projection}), or {@code null} */
    public Projection projection() {
        return projection;
    }

    /** @return the attribute holding the vectors (API member {@code VectorAttribute}), or {@code null} */
    public VectorAttributeDefinition vectorAttribute() {
        return vectorAttribute;
    }

    /** @return the number of dimensions of each vector (API member {@code Dimensions}), or {@code null} */
    public Long dimensions() {
        return dimensions;
    }

    /** @return how distance is measured (API member {@code DistanceFunction}), or {@code null} */
    public VectorDistanceFunction distanceFunction() {
        return distanceFunction;
    }

    /** @return the state of the index (API member {@code IndexStatus}), or {@code null} */
    public IndexStatus indexStatus() {
        return indexStatus;
    }

    /** @return whether the index is being filled from the table (API member {@code Backfilling}), or {@code null} */
    public Boolean backfilling() {
        return backfilling;
    }

    /** @return the index size in bytes (API member {@code IndexSizeBytes}), or {@code null} */
    public Long indexSizeBytes() {
        return indexSizeBytes;
    }

    /** @return the number of items (API member {@code ItemCount}), or {@code null} */
    public Long itemCount() {
        return itemCount;
    }

    /** @return the ARN of the index (API member {@code IndexArn}), or {@code null} */
    public String indexArn() {
        return indexArn;
    }

    @Override
    public String toString() {
        return Shapes.toString("VectorIndexDescription", "indexName", indexName, "searchSchema", searchSchema,
                "projection", projection, "vectorAttribute", vectorAttribute, "dimensions", dimensions,
                "distanceFunction", distanceFunction, "indexStatus", indexStatus, "backfilling", backfilling,
                "indexSizeBytes", indexSizeBytes, "itemCount", itemCount, "indexArn", indexArn);
    }
}
