package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * A table, its key schema, indexes, throughput and settings: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TableDescription.html">TableDescription</a>,
 * as {@link DescribeTable}, {@link CreateTable}, {@link UpdateTable} and {@link DeleteTable} return it.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class TableDescription {
    private final List<AttributeDefinition> attributeDefinitions;
    private final String tableName;
    private final List<KeySchemaElement> keySchema;
    private final TableStatus tableStatus;
    private final Instant creationDateTime;
    private final ProvisionedThroughputDescription provisionedThroughput;
    private final Long tableSizeBytes;
    private final Long itemCount;
    private final String tableArn;
    private final String tableId;
    private final BillingModeSummary billingModeSummary;
    private final List<LocalSecondaryIndexDescription> localSecondaryIndexes;
    private final List<GlobalSecondaryIndexDescription> globalSecondaryIndexes;
    private final StreamSpecification streamSpecification;
    private final String latestStreamLabel;
    private final String latestStreamArn;
    private final String globalTableVersion;
    private final List<ReplicaDescription> replicas;
    private final List<GlobalTableWitnessDescription> globalTableWitnesses;
    private final GlobalTableSettingsReplicationMode globalTableSettingsReplicationMode;
    private final RestoreSummary restoreSummary;
    private final SSEDescription sseDescription;
    private final ArchivalSummary archivalSummary;
    private final TableClassSummary tableClassSummary;
    private final Boolean deletionProtectionEnabled;
    private final OnDemandThroughput onDemandThroughput;
    private final TableWarmThroughputDescription warmThroughput;
    private final MultiRegionConsistency multiRegionConsistency;
    private final List<VectorIndexDescription> vectorIndexes;

    private TableDescription(Builder builder) {
        this.attributeDefinitions = builder.attributeDefinitions;
        this.tableName = builder.tableName;
        this.keySchema = builder.keySchema;
        this.tableStatus = builder.tableStatus;
        this.creationDateTime = builder.creationDateTime;
        this.provisionedThroughput = builder.provisionedThroughput;
        this.tableSizeBytes = builder.tableSizeBytes;
        this.itemCount = builder.itemCount;
        this.tableArn = builder.tableArn;
        this.tableId = builder.tableId;
        this.billingModeSummary = builder.billingModeSummary;
        this.localSecondaryIndexes = builder.localSecondaryIndexes;
        this.globalSecondaryIndexes = builder.globalSecondaryIndexes;
        this.streamSpecification = builder.streamSpecification;
        this.latestStreamLabel = builder.latestStreamLabel;
        this.latestStreamArn = builder.latestStreamArn;
        this.globalTableVersion = builder.globalTableVersion;
        this.replicas = builder.replicas;
        this.globalTableWitnesses = builder.globalTableWitnesses;
        this.globalTableSettingsReplicationMode = builder.globalTableSettingsReplicationMode;
        this.restoreSummary = builder.restoreSummary;
        this.sseDescription = builder.sseDescription;
        this.archivalSummary = builder.archivalSummary;
        this.tableClassSummary = builder.tableClassSummary;
        this.deletionProtectionEnabled = builder.deletionProtectionEnabled;
        this.onDemandThroughput = builder.onDemandThroughput;
        this.warmThroughput = builder.warmThroughput;
        this.multiRegionConsistency = builder.multiRegionConsistency;
        this.vectorIndexes = builder.vectorIndexes;
    }

    static TableDescription read(JsonParser parser) {
        Builder builder = new Builder();
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "AttributeDefinitions" -> builder.attributeDefinitions = JsonReads.list(parser,
                        AttributeDefinition::read);
                case "TableName" -> builder.tableName = JsonReads.string(parser);
                case "KeySchema" -> builder.keySchema = JsonReads.list(parser, KeySchemaElement::read);
                case "TableStatus" -> builder.tableStatus = Enums.read(parser, TableStatus.class);
                case "CreationDateTime" -> builder.creationDateTime = JsonReads.instant(parser);
                case "ProvisionedThroughput" -> builder.provisionedThroughput =
                        ProvisionedThroughputDescription.read(parser);
                case "TableSizeBytes" -> builder.tableSizeBytes = JsonReads.longValue(parser);
                case "ItemCount" -> builder.itemCount = JsonReads.longValue(parser);
                case "TableArn" -> builder.tableArn = JsonReads.string(parser);
                case "TableId" -> builder.tableId = JsonReads.string(parser);
                case "BillingModeSummary" -> builder.billingModeSummary = BillingModeSummary.read(parser);
                case "LocalSecondaryIndexes" -> builder.localSecondaryIndexes = JsonReads.list(parser,
                        LocalSecondaryIndexDescription::read);
                case "GlobalSecondaryIndexes" -> builder.globalSecondaryIndexes = JsonReads.list(parser,
                        GlobalSecondaryIndexDescription::read);
                case "StreamSpecification" -> builder.streamSpecification = StreamSpecification.read(parser);
                case "LatestStreamLabel" -> builder.latestStreamLabel = JsonReads.string(parser);
                case "LatestStreamArn" -> builder.latestStreamArn = JsonReads.string(parser);
                case "GlobalTableVersion" -> builder.globalTableVersion = JsonReads.string(parser);
                case "Replicas" -> builder.replicas = JsonReads.list(parser, ReplicaDescription::read);
                case "GlobalTableWitnesses" -> builder.globalTableWitnesses = JsonReads.list(parser,
                        GlobalTableWitnessDescription::read);
                case "GlobalTableSettingsReplicationMode" -> builder.globalTableSettingsReplicationMode =
                        Enums.read(parser,
                        GlobalTableSettingsReplicationMode.class);
                case "RestoreSummary" -> builder.restoreSummary = RestoreSummary.read(parser);
                case "SSEDescription" -> builder.sseDescription = SSEDescription.read(parser);
                case "ArchivalSummary" -> builder.archivalSummary = ArchivalSummary.read(parser);
                case "TableClassSummary" -> builder.tableClassSummary = TableClassSummary.read(parser);
                case "DeletionProtectionEnabled" -> builder.deletionProtectionEnabled = JsonReads.bool(parser);
                case "OnDemandThroughput" -> builder.onDemandThroughput = OnDemandThroughput.read(parser);
                case "WarmThroughput" -> builder.warmThroughput = TableWarmThroughputDescription.read(parser);
                case "MultiRegionConsistency" -> builder.multiRegionConsistency = Enums.read(parser,
                        MultiRegionConsistency.class);
                case "VectorIndexes" -> builder.vectorIndexes = JsonReads.list(parser, VectorIndexDescription::read);
                default -> parser.skipChildren();
            }
        }
        return new TableDescription(builder);
    }

    /** @return the key attributes of the table and its indexes (API member {@code AttributeDefinitions}) */
    public List<AttributeDefinition> attributeDefinitions() {
        return attributeDefinitions;
    }

    /** @return the table name (API member {@code TableName}), or {@code null} */
    public String tableName() {
        return tableName;
    }

    /** @return the primary key (API member {@code KeySchema}) */
    public List<KeySchemaElement> keySchema() {
        return keySchema;
    }

    /** @return the state of the table (API member {@code TableStatus}), or {@code null} */
    public TableStatus tableStatus() {
        return tableStatus;
    }

    /** @return when the table was created (API member {@code CreationDateTime}), or {@code null} */
    public Instant creationDateTime() {
        return creationDateTime;
    }

    /** @return the provisioned throughput (API member {@code ProvisionedThroughput}), or {@code null} */
    public ProvisionedThroughputDescription provisionedThroughput() {
        return provisionedThroughput;
    }

    /**
     * @return the table size in bytes, updated about every six hours (API member {@code TableSizeBytes}), or {@code
     * null}
     */
    public Long tableSizeBytes() {
        return tableSizeBytes;
    }

    /** @return the number of items, updated about every six hours (API member {@code ItemCount}), or {@code null} */
    public Long itemCount() {
        return itemCount;
    }

    /** @return the ARN of the table (API member {@code TableArn}), or {@code null} */
    public String tableArn() {
        return tableArn;
    }

    /** @return the unique identifier of the table (API member {@code TableId}), or {@code null} */
    public String tableId() {
        return tableId;
    }

    /** @return how the table is billed (API member {@code BillingModeSummary}), or {@code null} */
    public BillingModeSummary billingModeSummary() {
        return billingModeSummary;
    }

    /** @return the local secondary indexes (API member {@code LocalSecondaryIndexes}) */
    public List<LocalSecondaryIndexDescription> localSecondaryIndexes() {
        return localSecondaryIndexes;
    }

    /** @return the global secondary indexes (API member {@code GlobalSecondaryIndexes}) */
    public List<GlobalSecondaryIndexDescription> globalSecondaryIndexes() {
        return globalSecondaryIndexes;
    }

    /** @return the stream settings (API member {@code StreamSpecification}), or {@code null} */
    public StreamSpecification streamSpecification() {
        return streamSpecification;
    }

    /**
     * @return the label of the latest stream, such as a timestamp (API member {@code LatestStreamLabel}), or {@code
     * null}
     */
    public String latestStreamLabel() {
        return latestStreamLabel;
    }

    /** @return the ARN of the latest stream (API member {@code LatestStreamArn}), or {@code null} */
    public String latestStreamArn() {
        return latestStreamArn;
    }

    /**
     * @return the global tables version, such as {@code 2019.11.21} (API member {@code GlobalTableVersion}), or {@code
     * null}
     */
    public String globalTableVersion() {
        return globalTableVersion;
    }

    /** @return the replicas of a global table (API member {@code Replicas}) */
    public List<ReplicaDescription> replicas() {
        return replicas;
    }

    /** @return the witnesses of a global table (API member {@code GlobalTableWitnesses}) */
    public List<GlobalTableWitnessDescription> globalTableWitnesses() {
        return globalTableWitnesses;
    }

    /**
     * @return whether settings replicate across the global table (API member {@code
     * GlobalTableSettingsReplicationMode}), or {@code null}
     */
    public GlobalTableSettingsReplicationMode globalTableSettingsReplicationMode() {
        return globalTableSettingsReplicationMode;
    }

    /** @return where a restored table came from (API member {@code RestoreSummary}), or {@code null} */
    public RestoreSummary restoreSummary() {
        return restoreSummary;
    }

    /** @return the server-side encryption state (API member {@code SSEDescription}), or {@code null} */
    public SSEDescription sseDescription() {
        return sseDescription;
    }

    /** @return why and when the table was archived (API member {@code ArchivalSummary}), or {@code null} */
    public ArchivalSummary archivalSummary() {
        return archivalSummary;
    }

    /** @return the storage class (API member {@code TableClassSummary}), or {@code null} */
    public TableClassSummary tableClassSummary() {
        return tableClassSummary;
    }

    /** @return whether deletion protection is on (API member {@code DeletionProtectionEnabled}), or {@code null} */
    public Boolean deletionProtectionEnabled() {
        return deletionProtectionEnabled;
    }

    /** @return the maximum on-demand throughput (API member {@code OnDemandThroughput}), or {@code null} */
    public OnDemandThroughput onDemandThroughput() {
        return onDemandThroughput;
    }

    /** @return the warm throughput (API member {@code WarmThroughput}), or {@code null} */
    public TableWarmThroughputDescription warmThroughput() {
        return warmThroughput;
    }

    /**
     * @return the consistency of a multi-Region global table (API member {@code MultiRegionConsistency}), or {@code
     * null}
     */
    public MultiRegionConsistency multiRegionConsistency() {
        return multiRegionConsistency;
    }

    /** @return the vector indexes (API member {@code VectorIndexes}) */
    public List<VectorIndexDescription> vectorIndexes() {
        return vectorIndexes;
    }

    @Override
    public String toString() {
        return Shapes.toString("TableDescription", "attributeDefinitions", attributeDefinitions, "tableName",
                tableName, "keySchema", keySchema, "tableStatus", tableStatus, "creationDateTime", creationDateTime,
                "provisionedThroughput", provisionedThroughput, "tableSizeBytes", tableSizeBytes, "itemCount",
                itemCount, "tableArn", tableArn, "tableId", tableId, "billingModeSummary", billingModeSummary,
                "localSecondaryIndexes", localSecondaryIndexes, "globalSecondaryIndexes", globalSecondaryIndexes,
                "streamSpecification", streamSpecification, "latestStreamLabel", latestStreamLabel, "latestStreamArn",
                latestStreamArn, "globalTableVersion", globalTableVersion, "replicas", replicas,
                "globalTableWitnesses", globalTableWitnesses, "globalTableSettingsReplicationMode",
                globalTableSettingsReplicationMode, "restoreSummary", restoreSummary, "sseDescription", sseDescription,
                "archivalSummary", archivalSummary, "tableClassSummary", tableClassSummary,
                "deletionProtectionEnabled", deletionProtectionEnabled, "onDemandThroughput", onDemandThroughput,
                "warmThroughput", warmThroughput, "multiRegionConsistency", multiRegionConsistency, "vectorIndexes",
                vectorIndexes);
    }

    /** The members read so far: a response has too many for a constructor call to stay readable. */
    private static final class Builder {
        private List<AttributeDefinition> attributeDefinitions = List.of();
        private String tableName;
        private List<KeySchemaElement> keySchema = List.of();
        private TableStatus tableStatus;
        private Instant creationDateTime;
        private ProvisionedThroughputDescription provisionedThroughput;
        private Long tableSizeBytes;
        private Long itemCount;
        private String tableArn;
        private String tableId;
        private BillingModeSummary billingModeSummary;
        private List<LocalSecondaryIndexDescription> localSecondaryIndexes = List.of();
        private List<GlobalSecondaryIndexDescription> globalSecondaryIndexes = List.of();
        private StreamSpecification streamSpecification;
        private String latestStreamLabel;
        private String latestStreamArn;
        private String globalTableVersion;
        private List<ReplicaDescription> replicas = List.of();
        private List<GlobalTableWitnessDescription> globalTableWitnesses = List.of();
        private GlobalTableSettingsReplicationMode globalTableSettingsReplicationMode;
        private RestoreSummary restoreSummary;
        private SSEDescription sseDescription;
        private ArchivalSummary archivalSummary;
        private TableClassSummary tableClassSummary;
        private Boolean deletionProtectionEnabled;
        private OnDemandThroughput onDemandThroughput;
        private TableWarmThroughputDescription warmThroughput;
        private MultiRegionConsistency multiRegionConsistency;
        private List<VectorIndexDescription> vectorIndexes = List.of();
    }
}
