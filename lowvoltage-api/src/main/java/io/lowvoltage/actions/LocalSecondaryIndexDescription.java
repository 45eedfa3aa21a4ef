package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * A local secondary index of a table: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_LocalSecondaryIndexDescription.html">LocalSecondaryIndexDescription</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class LocalSecondaryIndexDescription {
    private final String indexName;
    private final List<KeySchemaElement> keySchema;
    private final Projection projection;
    private final Long indexSizeBytes;
    private final Long itemCount;
    private final String indexArn;

    private LocalSecondaryIndexDescription(String indexName, List<KeySchemaElement> keySchema, Projection projection,
            Long indexSizeBytes, Long itemCount, String indexArn) {
        this.indexName = indexName;
        this.keySchema = keySchema;
        this.projection = projection;
        this.indexSizeBytes = indexSizeBytes;
        this.itemCount = itemCount;
        this.indexArn = indexArn;
    }

    static LocalSecondaryIndexDescription read(JsonParser parser) {
        String indexName = null;
        List<KeySchemaElement> keySchema = List.of();
        Projection projection = null;
        Long indexSizeBytes = null;
        Long itemCount = null;
        String indexArn = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "IndexName" -> indexName = JsonReads.string(parser);
                case "KeySchema" -> keySchema = JsonReads.list(parser, KeySchemaElement::read);
                case "Projection" -> projection = Projection.read(parser);
                case "IndexSizeBytes" -> indexSizeBytes = JsonReads.longValue(parser);
                case "ItemCount" -> itemCount = JsonReads.longValue(parser);
                case "IndexArn" -> indexArn = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new LocalSecondaryIndexDescription(indexName, keySchema, projection, indexSizeBytes, itemCount,
                indexArn);
    }

    /** @return the index name (API member {@code IndexName}), or {@code null} */
    public String indexName() {
        return indexName;
    }

    /** @return the key schema (API member {@code KeySchema}) */
    public List<KeySchemaElement> keySchema() {
        return keySchema;
    }

    /** @return the attributes copied into the index (API member {@code Projection}), or {@code null} */
    public Projection projection() {
        return projection;
    }

    /**
     * @return the index size in bytes, updated about every six hours (API member {@code IndexSizeBytes}), or {@code
     * null}
     */
    public Long indexSizeBytes() {
        return indexSizeBytes;
    }

    /** @return the number of items, updated about every six hours (API member {@code ItemCount}), or {@code null} */
    public Long itemCount() {
        return itemCount;
    }

    /** @return the ARN of the index (API member {@code IndexArn}), or {@code null} */
    public String indexArn() {
        return indexArn;
    }

    @Override
    public String toString() {
        return Shapes.toString("LocalSecondaryIndexDescription", "indexName", indexName, "keySchema", keySchema,
                "projection", projection, "indexSizeBytes", indexSizeBytes, "itemCount", itemCount, "indexArn",
                indexArn);
    }
}
