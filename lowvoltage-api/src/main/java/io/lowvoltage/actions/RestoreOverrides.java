package io.lowvoltage.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;

/**
 * The settings of the restored table that {@link RestoreTableFromBackup} and {@link RestoreTableToPointInTime}
 * share, last in both of their API shapes. The actions delegate their override setters here.
 *
 * <p>An index list that was set but left empty is still written: {@code []} restores the table without any
 * index of that kind, while leaving the member out keeps every index of the source.
 */
final class RestoreOverrides {
    private BillingMode billingModeOverride;
    private List<GlobalSecondaryIndex> globalSecondaryIndexOverride;
    private List<LocalSecondaryIndex> localSecondaryIndexOverride;
    private ProvisionedThroughput provisionedThroughputOverride;
    private OnDemandThroughput onDemandThroughputOverride;
    private SSESpecification sseSpecificationOverride;
    private List<VectorIndex> vectorIndexOverride;

    void billingModeOverride(BillingMode billingMode) {
        billingModeOverride = Shapes.known(billingMode, "BillingModeOverride");
    }

    List<GlobalSecondaryIndex> globalSecondaryIndexOverride() {
        if (globalSecondaryIndexOverride == null) {
            globalSecondaryIndexOverride = new ArrayList<>();
        }
        return globalSecondaryIndexOverride;
    }

    List<LocalSecondaryIndex> localSecondaryIndexOverride() {
        if (localSecondaryIndexOverride == null) {
            localSecondaryIndexOverride = new ArrayList<>();
        }
        return localSecondaryIndexOverride;
    }

    List<VectorIndex> vectorIndexOverride() {
        if (vectorIndexOverride == null) {
            vectorIndexOverride = new ArrayList<>();
        }
        return vectorIndexOverride;
    }

    void provisionedThroughputOverride(ProvisionedThroughput throughput) {
        provisionedThroughputOverride = Objects.requireNonNull(throughput, "provisionedThroughputOverride");
    }

    void onDemandThroughputOverride(OnDemandThroughput throughput) {
        onDemandThroughputOverride = Objects.requireNonNull(throughput, "onDemandThroughputOverride");
    }

    void sseSpecificationOverride(SSESpecification specification) {
        sseSpecificationOverride = Objects.requireNonNull(specification, "sseSpecificationOverride");
    }

    void write(JsonGenerator generator) {
        if (billingModeOverride != null) {
            generator.writeName(BackupMembers.BILLING_MODE_OVERRIDE);
            generator.writeString(billingModeOverride.name());
        }
        list(generator, BackupMembers.GLOBAL_SECONDARY_INDEX_OVERRIDE, globalSecondaryIndexOverride,
                GlobalSecondaryIndex::write);
        list(generator, BackupMembers.LOCAL_SECONDARY_INDEX_OVERRIDE, localSecondaryIndexOverride,
                LocalSecondaryIndex::write);
        Shapes.object(generator, Members.PROVISIONED_THROUGHPUT_OVERRIDE, provisionedThroughputOverride,
                ProvisionedThroughput::write);
        Shapes.object(generator, Members.ON_DEMAND_THROUGHPUT_OVERRIDE, onDemandThroughputOverride,
                OnDemandThroughput::write);
        Shapes.object(generator, BackupMembers.SSE_SPECIFICATION_OVERRIDE, sseSpecificationOverride,
                SSESpecification::write);
        list(generator, BackupMembers.VECTOR_INDEX_OVERRIDE, vectorIndexOverride, VectorIndex::write);
    }

    private static <T> void list(JsonGenerator generator, SerializableString name, List<T> values,
            BiConsumer<T, JsonGenerator> element) {
        if (values != null) {
            generator.writeName(name);
            generator.writeStartArray();
            for (T value : values) {
                element.accept(value, generator);
            }
            generator.writeEndArray();
        }
    }
}
