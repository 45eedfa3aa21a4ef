package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * A local secondary index of a backed-up table: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_LocalSecondaryIndexInfo.html">LocalSecondaryIndexInfo</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class LocalSecondaryIndexInfo {
    private final String indexName;
    private final List<KeySchemaElement> keySchema;
    private final Projection projection;

    private LocalSecondaryIndexInfo(String indexName, List<KeySchemaElement> keySchema, Projection projection) {
        this.indexName = indexName;
        this.keySchema = keySchema;
        this.projection = projection;
    }

    static LocalSecondaryIndexInfo read(JsonParser parser) {
        String indexName = null;
        List<KeySchemaElement> keySchema = List.of();
        Projection projection = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "IndexName" -> indexName = JsonReads.string(parser);
                case "KeySchema" -> keySchema = JsonReads.list(parser, KeySchemaElement::read);
                case "Projection" -> projection = Projection.read(parser);
                default -> parser.skipChildren();
            }
        }
        return new LocalSecondaryIndexInfo(indexName, keySchema, projection);
    }

    /** @return represents the name of the local secondary index (API member {@code IndexName}), or {@code null} */
    public String indexName() {
        return indexName;
    }

    /** @return the key schema (API member {@code KeySchema}) */
    public List<KeySchemaElement> keySchema() {
        return keySchema;
    }

    /**
     * @return represents attributes that are copied (projected) from the table into the global secondary index (API
     *         member {@code Projection}), or {@code null}
     */
    public Projection projection() {
        return projection;
    }

    @Override
    public String toString() {
        return Shapes.toString("LocalSecondaryIndexInfo", "indexName", indexName, "keySchema", keySchema,
                "projection", projection);
    }
}
