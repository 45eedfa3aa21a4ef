package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * The write capacity auto scaling settings to set on a global secondary index: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GlobalSecondaryIndexAutoScalingUpdate.html">GlobalSecondaryIndexAutoScalingUpdate</a>.
 * Immutable; the {@code with...} methods return changed copies.
 *
 * <pre>{@code
 * GlobalSecondaryIndexAutoScalingUpdate.of("gsi").withProvisionedWriteCapacityAutoScalingUpdate(AutoScalingSettingsUpdate.create().withMinimumUnits(1).withMaximumUnits(100))
 * }</pre>
 */
public final class GlobalSecondaryIndexAutoScalingUpdate {
    private final String indexName;
    private final AutoScalingSettingsUpdate provisionedWriteCapacityAutoScalingUpdate;

    private GlobalSecondaryIndexAutoScalingUpdate(String indexName,
            AutoScalingSettingsUpdate provisionedWriteCapacityAutoScalingUpdate) {
        this.indexName = indexName;
        this.provisionedWriteCapacityAutoScalingUpdate = provisionedWriteCapacityAutoScalingUpdate;
    }

    /**
     * @param indexName the name of the global secondary index (API member {@code IndexName})
     * @return the update
     */
    public static GlobalSecondaryIndexAutoScalingUpdate of(String indexName) {
        return new GlobalSecondaryIndexAutoScalingUpdate(Objects.requireNonNull(indexName, "indexName"), null);
    }

    /**
     * @param provisionedWriteCapacityAutoScalingUpdate the provisioned write capacity auto scaling update (API member
     *                                                  {@code ProvisionedWriteCapacityAutoScalingUpdate})
     * @return a copy with that value
     */
    public GlobalSecondaryIndexAutoScalingUpdate withProvisionedWriteCapacityAutoScalingUpdate(
            AutoScalingSettingsUpdate provisionedWriteCapacityAutoScalingUpdate) {
        return new GlobalSecondaryIndexAutoScalingUpdate(indexName,
                Objects.requireNonNull(provisionedWriteCapacityAutoScalingUpdate,
                "provisionedWriteCapacityAutoScalingUpdate"));
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.INDEX_NAME, indexName);
        Shapes.object(generator, GlobalTableMembers.PROVISIONED_WRITE_CAPACITY_AUTO_SCALING_UPDATE,
                provisionedWriteCapacityAutoScalingUpdate, AutoScalingSettingsUpdate::write);
        generator.writeEndObject();
    }

    /** @return the name of the global secondary index (API member {@code IndexName}) */
    public String indexName() {
        return indexName;
    }

    /**
     * @return the provisioned write capacity auto scaling update (API member
     *         {@code ProvisionedWriteCapacityAutoScalingUpdate}), or {@code null}
     */
    public AutoScalingSettingsUpdate provisionedWriteCapacityAutoScalingUpdate() {
        return provisionedWriteCapacityAutoScalingUpdate;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GlobalSecondaryIndexAutoScalingUpdate that
                && Objects.equals(indexName, that.indexName)
                && Objects.equals(provisionedWriteCapacityAutoScalingUpdate,
                        that.provisionedWriteCapacityAutoScalingUpdate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indexName, provisionedWriteCapacityAutoScalingUpdate);
    }

    @Override
    public String toString() {
        return Shapes.toString("GlobalSecondaryIndexAutoScalingUpdate", "indexName", indexName,
                "provisionedWriteCapacityAutoScalingUpdate", provisionedWriteCapacityAutoScalingUpdate);
    }
}
