package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * One change to the global secondary indexes of a table, for {@link UpdateTable}: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GlobalSecondaryIndexUpdate.html">GlobalSecondaryIndexUpdate</a>,
 * holding one of its {@code Create}, {@code Update} ({@code UpdateGlobalSecondaryIndexAction}) or {@code Delete}
 * ({@code DeleteGlobalSecondaryIndexAction}) actions. Immutable.
 *
 * <pre>{@code
 * GlobalSecondaryIndexUpdate.create(GlobalSecondaryIndex.of("g", List.of(KeySchemaElement.hash("a")), Projection.all()))
 * GlobalSecondaryIndexUpdate.update("g", ProvisionedThroughput.of(2, 2), null, null)
 * GlobalSecondaryIndexUpdate.delete("g")
 * }</pre>
 */
public final class GlobalSecondaryIndexUpdate {
    private final GlobalSecondaryIndex create;
    private final String indexName;
    private final boolean delete;
    private final ProvisionedThroughput provisionedThroughput;
    private final OnDemandThroughput onDemandThroughput;
    private final WarmThroughput warmThroughput;

    private GlobalSecondaryIndexUpdate(GlobalSecondaryIndex create, String indexName, boolean delete,
            ProvisionedThroughput provisionedThroughput, OnDemandThroughput onDemandThroughput,
            WarmThroughput warmThroughput) {
        this.create = create;
        this.indexName = indexName;
        this.delete = delete;
        this.provisionedThroughput = provisionedThroughput;
        this.onDemandThroughput = onDemandThroughput;
        this.warmThroughput = warmThroughput;
    }

    /**
     * @param index the index to create (API member {@code Create})
     * @return the update
     */
    public static GlobalSecondaryIndexUpdate create(GlobalSecondaryIndex index) {
        Objects.requireNonNull(index, "index");
        return new GlobalSecondaryIndexUpdate(index, index.indexName(), false, null, null, null);
    }

    /**
     * Changes the throughput settings of an index (API member {@code Update}); a {@code null} setting is left out.
     *
     * @param indexName             the index (API member {@code IndexName})
     * @param provisionedThroughput its new provisioned throughput (API member {@code ProvisionedThroughput})
     * @param onDemandThroughput    its new maximum on-demand throughput (API member {@code OnDemandThroughput})
     * @param warmThroughput        its new warm throughput (API member {@code WarmThroughput})
     * @return the update
     */
    public static GlobalSecondaryIndexUpdate update(String indexName, ProvisionedThroughput provisionedThroughput,
            OnDemandThroughput onDemandThroughput, WarmThroughput warmThroughput) {
        return new GlobalSecondaryIndexUpdate(null, Objects.requireNonNull(indexName, "indexName"), false,
                provisionedThroughput, onDemandThroughput, warmThroughput);
    }

    /**
     * @param indexName the index to delete (API member {@code Delete}, {@code IndexName})
     * @return the update
     */
    public static GlobalSecondaryIndexUpdate delete(String indexName) {
        return new GlobalSecondaryIndexUpdate(null, Objects.requireNonNull(indexName, "indexName"), true,
                null, null, null);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        if (create != null) {
            generator.writeName(Members.CREATE);
            create.write(generator);
        } else if (delete) {
            generator.writeName(Members.DELETE);
            generator.writeStartObject();
            JsonWrites.string(generator, Members.INDEX_NAME, indexName);
            generator.writeEndObject();
        } else {
            generator.writeName(Members.UPDATE);
            generator.writeStartObject();
            JsonWrites.string(generator, Members.INDEX_NAME, indexName);
            Shapes.object(generator, Members.PROVISIONED_THROUGHPUT, provisionedThroughput,
                    ProvisionedThroughput::write);
            Shapes.object(generator, Members.ON_DEMAND_THROUGHPUT, onDemandThroughput, OnDemandThroughput::write);
            Shapes.object(generator, Members.WARM_THROUGHPUT, warmThroughput, WarmThroughput::write);
            generator.writeEndObject();
        }
        generator.writeEndObject();
    }

    /** @return the index this update is about */
    public String indexName() {
        return indexName;
    }

    /** @return the index to create (API member {@code Create}), or {@code null} for an update or a delete */
    public GlobalSecondaryIndex create() {
        return create;
    }

    /** @return whether this update deletes the index (API member {@code Delete}) */
    public boolean isDelete() {
        return delete;
    }

    /** @return the new provisioned throughput of an {@code Update}, or {@code null} */
    public ProvisionedThroughput provisionedThroughput() {
        return provisionedThroughput;
    }

    /** @return the new maximum on-demand throughput of an {@code Update}, or {@code null} */
    public OnDemandThroughput onDemandThroughput() {
        return onDemandThroughput;
    }

    /** @return the new warm throughput of an {@code Update}, or {@code null} */
    public WarmThroughput warmThroughput() {
        return warmThroughput;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GlobalSecondaryIndexUpdate that && Objects.equals(create, that.create)
                && indexName.equals(that.indexName) && delete == that.delete
                && Objects.equals(provisionedThroughput, that.provisionedThroughput)
                && Objects.equals(onDemandThroughput, that.onDemandThroughput)
                && Objects.equals(warmThroughput, that.warmThroughput);
    }

    @Override
    public int hashCode() {
        return Objects.hash(create, indexName, delete, provisionedThroughput, onDemandThroughput, warmThroughput);
    }

    @Override
    public String toString() {
        if (create != null) {
            return "Create" + create;
        }
        return delete ? "Delete{" + indexName + "}" : Shapes.toString("Update", "indexName", indexName,
                "provisionedThroughput", provisionedThroughput, "onDemandThroughput", onDemandThroughput,
                "warmThroughput", warmThroughput);
    }
}
