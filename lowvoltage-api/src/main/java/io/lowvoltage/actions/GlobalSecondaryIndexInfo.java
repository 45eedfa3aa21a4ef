package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * A global secondary index of a backed-up table: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GlobalSecondaryIndexInfo.html">GlobalSecondaryIndexInfo</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class GlobalSecondaryIndexInfo {
    private final String indexName;
    private final List<KeySchemaElement> keySchema;
    private final Projection projection;
    private final ProvisionedThroughput provisionedThroughput;
    private final OnDemandThroughput onDemandThroughput;

    private GlobalSecondaryIndexInfo(String indexName, List<KeySchemaElement> keySchema, Projection projection,
            ProvisionedThroughput provisionedThroughput, OnDemandThroughput onDemandThroughput) {
        this.indexName = indexName;
        this.keySchema = keySchema;
        this.projection = projection;
        this.provisionedThroughput = provisionedThroughput;
        this.onDemandThroughput = onDemandThroughput;
    }

    static GlobalSecondaryIndexInfo read(JsonParser parser) {
        String indexName = null;
        List<KeySchemaElement> keySchema = List.of();
        Projection projection = null;
        ProvisionedThroughput provisionedThroughput = null;
        OnDemandThroughput onDemandThroughput = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "IndexName" -> indexName = JsonReads.string(parser);
                case "KeySchema" -> keySchema = JsonReads.list(parser, KeySchemaElement::read);
                case "Projection" -> projection = Projection.read(parser);
                case "ProvisionedThroughput" -> provisionedThroughput = ProvisionedThroughput.read(parser);
                case "OnDemandThroughput" -> onDemandThroughput = OnDemandThroughput.read(parser);
                default -> parser.skipChildren();
            }
        }
        return new GlobalSecondaryIndexInfo(indexName, keySchema, projection, provisionedThroughput,
                onDemandThroughput);
    }

    /** @return the name of the global secondary index (API member {@code IndexName}), or {@code null} */
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

    /**
     * @return represents the provisioned throughput settings for the specified global secondary index (API member
     *         {@code ProvisionedThroughput}), or {@code null}
     */
    public ProvisionedThroughput provisionedThroughput() {
        return provisionedThroughput;
    }

    /** @return the on demand throughput (API member {@code OnDemandThroughput}), or {@code null} */
    public OnDemandThroughput onDemandThroughput() {
        return onDemandThroughput;
    }

    @Override
    public String toString() {
        return Shapes.toString("GlobalSecondaryIndexInfo", "indexName", indexName, "keySchema", keySchema,
                "projection", projection, "provisionedThroughput", provisionedThroughput, "onDemandThroughput",
                onDemandThroughput);
    }
}
