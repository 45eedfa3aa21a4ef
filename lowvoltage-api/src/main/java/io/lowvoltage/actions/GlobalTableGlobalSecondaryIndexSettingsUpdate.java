package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * The write capacity settings to set on a global secondary index of a global table: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GlobalTableGlobalSecondaryIndexSettingsUpdate.html">GlobalTableGlobalSecondaryIndexSettingsUpdate</a>.
 * Immutable; the {@code with...} methods return changed copies.
 *
 * <pre>{@code
 * GlobalTableGlobalSecondaryIndexSettingsUpdate.of("gsi").withProvisionedWriteCapacityUnits(10)
 * }</pre>
 */
public final class GlobalTableGlobalSecondaryIndexSettingsUpdate {
    private final String indexName;
    private final Long provisionedWriteCapacityUnits;
    private final AutoScalingSettingsUpdate provisionedWriteCapacityAutoScalingSettingsUpdate;

    private GlobalTableGlobalSecondaryIndexSettingsUpdate(String indexName, Long provisionedWriteCapacityUnits,
            AutoScalingSettingsUpdate provisionedWriteCapacityAutoScalingSettingsUpdate) {
        this.indexName = indexName;
        this.provisionedWriteCapacityUnits = provisionedWriteCapacityUnits;
        this.provisionedWriteCapacityAutoScalingSettingsUpdate = provisionedWriteCapacityAutoScalingSettingsUpdate;
    }

    /**
     * @param indexName the name of the global secondary index (API member {@code IndexName})
     * @return the update
     */
    public static GlobalTableGlobalSecondaryIndexSettingsUpdate of(String indexName) {
        return new GlobalTableGlobalSecondaryIndexSettingsUpdate(Objects.requireNonNull(indexName, "indexName"),
                null, null);
    }

    /**
     * @param provisionedWriteCapacityUnits the maximum number of writes consumed per second before DynamoDB returns a
     *                                      ThrottlingException (API member {@code ProvisionedWriteCapacityUnits})
     * @return a copy with that value
     */
    public GlobalTableGlobalSecondaryIndexSettingsUpdate withProvisionedWriteCapacityUnits(
            long provisionedWriteCapacityUnits) {
        return new GlobalTableGlobalSecondaryIndexSettingsUpdate(indexName, provisionedWriteCapacityUnits,
                provisionedWriteCapacityAutoScalingSettingsUpdate);
    }

    /**
     * @param provisionedWriteCapacityAutoScalingSettingsUpdate auto scaling settings for managing a global secondary
     *                                                          index's write capacity units (API member
     *                                                          {@code ProvisionedWriteCapacityAutoScalingSettingsUpdate})
     * @return a copy with that value
     */
    public GlobalTableGlobalSecondaryIndexSettingsUpdate withProvisionedWriteCapacityAutoScalingSettingsUpdate(
            AutoScalingSettingsUpdate provisionedWriteCapacityAutoScalingSettingsUpdate) {
        return new GlobalTableGlobalSecondaryIndexSettingsUpdate(indexName, provisionedWriteCapacityUnits,
                Objects.requireNonNull(provisionedWriteCapacityAutoScalingSettingsUpdate,
                "provisionedWriteCapacityAutoScalingSettingsUpdate"));
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.INDEX_NAME, indexName);
        JsonWrites.number(generator, GlobalTableMembers.PROVISIONED_WRITE_CAPACITY_UNITS,
                provisionedWriteCapacityUnits);
        Shapes.object(generator, GlobalTableMembers.PROVISIONED_WRITE_CAPACITY_AUTO_SCALING_SETTINGS_UPDATE,
                provisionedWriteCapacityAutoScalingSettingsUpdate, AutoScalingSettingsUpdate::write);
        generator.writeEndObject();
    }

    /** @return the name of the global secondary index (API member {@code IndexName}) */
    public String indexName() {
        return indexName;
    }

    /**
     * @return the maximum number of writes consumed per second before DynamoDB returns a ThrottlingException (API
     *         member {@code ProvisionedWriteCapacityUnits}), or {@code null}
     */
    public Long provisionedWriteCapacityUnits() {
        return provisionedWriteCapacityUnits;
    }

    /**
     * @return auto scaling settings for managing a global secondary index's write capacity units (API member
     *         {@code ProvisionedWriteCapacityAutoScalingSettingsUpdate}), or {@code null}
     */
    public AutoScalingSettingsUpdate provisionedWriteCapacityAutoScalingSettingsUpdate() {
        return provisionedWriteCapacityAutoScalingSettingsUpdate;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GlobalTableGlobalSecondaryIndexSettingsUpdate that
                && Objects.equals(indexName, that.indexName)
                && Objects.equals(provisionedWriteCapacityUnits, that.provisionedWriteCapacityUnits)
                && Objects.equals(provisionedWriteCapacityAutoScalingSettingsUpdate,
                        that.provisionedWriteCapacityAutoScalingSettingsUpdate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indexName, provisionedWriteCapacityUnits,
                provisionedWriteCapacityAutoScalingSettingsUpdate);
    }

    @Override
    public String toString() {
        return Shapes.toString("GlobalTableGlobalSecondaryIndexSettingsUpdate", "indexName", indexName,
                "provisionedWriteCapacityUnits", provisionedWriteCapacityUnits,
                "provisionedWriteCapacityAutoScalingSettingsUpdate", provisionedWriteCapacityAutoScalingSettingsUpdate);
    }
}
