package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * A global secondary index of a table: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GlobalSecondaryIndexDescription.html">GlobalSecondaryIndexDescription</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class GlobalSecondaryIndexDescription {
    private final String indexName;
    private final List<KeySchemaElement> keySchema;
    private final Projection projection;
    private final IndexStatus indexStatus;
    private final Boolean backfilling;
    private final ProvisionedThroughputDescription provisionedThroughput;
    private final Long indexSizeBytes;
    private final Long itemCount;
    private final String indexArn;
    private final OnDemandThroughput onDemandThroughput;
    private final GlobalSecondaryIndexWarmThroughputDescription warmThroughput;

    private GlobalSecondaryIndexDescription(String indexName, List<KeySchemaElement> keySchema, Projection projection,
            IndexStatus indexStatus, Boolean backfilling, ProvisionedThroughputDescription provisionedThroughput,
            Long indexSizeBytes, Long itemCount, String indexArn, OnDemandThroughput onDemandThroughput,
            GlobalSecondaryIndexWarmThroughputDescription warmThroughput) {
        this.indexName = indexName;
        this.keySchema = keySchema;
        this.projection = projection;
        this.indexStatus = indexStatus;
        this.backfilling = backfilling;
        this.provisionedThroughput = provisionedThroughput;
        this.indexSizeBytes = indexSizeBytes;
        this.itemCount = itemCount;
        this.indexArn = indexArn;
        this.onDemandThroughput = onDemandThroughput;
        this.warmThroughput = warmThroughput;
    }

    static GlobalSecondaryIndexDescription read(JsonParser parser) {
        String indexName = null;
        List<KeySchemaElement> keySchema = List.of();
        Projection projection = null;
        IndexStatus indexStatus = null;
        Boolean backfilling = null;
        ProvisionedThroughputDescription provisionedThroughput = null;
        Long indexSizeBytes = null;
        Long itemCount = null;
        String indexArn = null;
        OnDemandThroughput onDemandThroughput = null;
        GlobalSecondaryIndexWarmThroughputDescription warmThroughput = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "IndexName" -> indexName = JsonReads.string(parser);
                case "KeySchema" -> keySchema = JsonReads.list(parser, KeySchemaElement::read);
                case "Projection" -> projection = Projection.read(parser);
                case "IndexStatus" -> indexStatus = Enums.read(parser, IndexStatus.class);
                case "Backfilling" -> backfilling = JsonReads.bool(parser);
                case "ProvisionedThroughput" -> provisionedThroughput = ProvisionedThroughputDescription.read(parser);
                case "IndexSizeBytes" -> indexSizeBytes = JsonReads.longValue(parser);
                case "ItemCount" -> itemCount = JsonReads.longValue(parser);
                case "IndexArn" -> indexArn = JsonReads.string(parser);
                case "OnDemandThroughput" -> onDemandThroughput = OnDemandThroughput.read(parser);
                case "WarmThroughput" -> warmThroughput = GlobalSecondaryIndexWarmThroughputDescription.read(parser);
                default -> parser.skipChildren();
            }
        }
        return new GlobalSecondaryIndexDescription(indexName, keySchema, projection, indexStatus, backfilling,
                provisionedThroughput, indexSizeBytes, itemCount, indexArn, onDemandThroughput, warmThroughput);
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

    /** @return the state of the index (API member {@code IndexStatus}), or {@code null} */
    public IndexStatus indexStatus() {
        return indexStatus;
    }

    /** @return whether the index is being filled from the table (API member {@code Backfilling}), or {@code null} */
    public Boolean backfilling() {
        return backfilling;
    }

    /** @return the provisioned throughput (API member {@code ProvisionedThroughput}), or {@code null} */
    public ProvisionedThroughputDescription provisionedThroughput() {
        return provisionedThroughput;
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

    /** @return the maximum on-demand throughput (API member {@code OnDemandThroughput}), or {@code null} */
    public OnDemandThroughput onDemandThroughput() {
        return onDemandThroughput;
    }

    /** @return the warm throughput (API member {@code WarmThroughput}), or {@code null} */
    public GlobalSecondaryIndexWarmThroughputDescription warmThroughput() {
        return warmThroughput;
    }

    @Override
    public String toString() {
        return Shapes.toString("GlobalSecondaryIndexDescription", "indexName", indexName, "keySchema", keySchema,
                "projection", projection, "indexStatus", indexStatus, "backfilling", backfilling,
                "provisionedThroughput", provisionedThroughput, "indexSizeBytes", indexSizeBytes, "itemCount",
                itemCount, "indexArn", indexArn, "onDemandThroughput", onDemandThroughput, "warmThroughput",
                warmThroughput);
    }
}
