package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * The table a backup was made of, as it was then: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_SourceTableDetails.html">SourceTableDetails</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class SourceTableDetails {
    private final String tableName;
    private final String tableId;
    private final String tableArn;
    private final Long tableSizeBytes;
    private final List<KeySchemaElement> keySchema;
    private final Instant tableCreationDateTime;
    private final ProvisionedThroughput provisionedThroughput;
    private final OnDemandThroughput onDemandThroughput;
    private final Long itemCount;
    private final BillingMode billingMode;

    private SourceTableDetails(String tableName, String tableId, String tableArn, Long tableSizeBytes,
            List<KeySchemaElement> keySchema, Instant tableCreationDateTime,
            ProvisionedThroughput provisionedThroughput, OnDemandThroughput onDemandThroughput, Long itemCount,
            BillingMode billingMode) {
        this.tableName = tableName;
        this.tableId = tableId;
        this.tableArn = tableArn;
        this.tableSizeBytes = tableSizeBytes;
        this.keySchema = keySchema;
        this.tableCreationDateTime = tableCreationDateTime;
        this.provisionedThroughput = provisionedThroughput;
        this.onDemandThroughput = onDemandThroughput;
        this.itemCount = itemCount;
        this.billingMode = billingMode;
    }

    static SourceTableDetails read(JsonParser parser) {
        String tableName = null;
        String tableId = null;
        String tableArn = null;
        Long tableSizeBytes = null;
        List<KeySchemaElement> keySchema = List.of();
        Instant tableCreationDateTime = null;
        ProvisionedThroughput provisionedThroughput = null;
        OnDemandThroughput onDemandThroughput = null;
        Long itemCount = null;
        BillingMode billingMode = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "TableName" -> tableName = JsonReads.string(parser);
                case "TableId" -> tableId = JsonReads.string(parser);
                case "TableArn" -> tableArn = JsonReads.string(parser);
                case "TableSizeBytes" -> tableSizeBytes = JsonReads.longValue(parser);
                case "KeySchema" -> keySchema = JsonReads.list(parser, KeySchemaElement::read);
                case "TableCreationDateTime" -> tableCreationDateTime = JsonReads.instant(parser);
                case "ProvisionedThroughput" -> provisionedThroughput = ProvisionedThroughput.read(parser);
                case "OnDemandThroughput" -> onDemandThroughput = OnDemandThroughput.read(parser);
                case "ItemCount" -> itemCount = JsonReads.longValue(parser);
                case "BillingMode" -> billingMode = Enums.read(parser, BillingMode.class);
                default -> parser.skipChildren();
            }
        }
        return new SourceTableDetails(tableName, tableId, tableArn, tableSizeBytes, keySchema, tableCreationDateTime,
                provisionedThroughput, onDemandThroughput, itemCount, billingMode);
    }

    /**
     * @return the name of the table for which the backup was created (API member {@code TableName}), or {@code null}
     */
    public String tableName() {
        return tableName;
    }

    /**
     * @return unique identifier for the table for which the backup was created (API member {@code TableId}), or
     *         {@code null}
     */
    public String tableId() {
        return tableId;
    }

    /** @return ARN of the table for which backup was created (API member {@code TableArn}), or {@code null} */
    public String tableArn() {
        return tableArn;
    }

    /** @return size of the table in bytes (API member {@code TableSizeBytes}), or {@code null} */
    public Long tableSizeBytes() {
        return tableSizeBytes;
    }

    /** @return schema of the table (API member {@code KeySchema}) */
    public List<KeySchemaElement> keySchema() {
        return keySchema;
    }

    /** @return time when the source table was created (API member {@code TableCreationDateTime}), or {@code null} */
    public Instant tableCreationDateTime() {
        return tableCreationDateTime;
    }

    /**
     * @return read IOPs and Write IOPS on the table when the backup was created (API member
     *         {@code ProvisionedThroughput}), or {@code null}
     */
    public ProvisionedThroughput provisionedThroughput() {
        return provisionedThroughput;
    }

    /** @return the on demand throughput (API member {@code OnDemandThroughput}), or {@code null} */
    public OnDemandThroughput onDemandThroughput() {
        return onDemandThroughput;
    }

    /** @return number of items in the table (API member {@code ItemCount}), or {@code null} */
    public Long itemCount() {
        return itemCount;
    }

    /**
     * @return controls how you are charged for read and write throughput and how you manage capacity (API member
     *         {@code BillingMode}), or {@code null}
     */
    public BillingMode billingMode() {
        return billingMode;
    }

    @Override
    public String toString() {
        return Shapes.toString("SourceTableDetails", "tableName", tableName, "tableId", tableId, "tableArn",
                tableArn, "tableSizeBytes", tableSizeBytes, "keySchema", keySchema, "tableCreationDateTime",
                tableCreationDateTime, "provisionedThroughput", provisionedThroughput, "onDemandThroughput",
                onDemandThroughput, "itemCount", itemCount, "billingMode", billingMode);
    }
}
