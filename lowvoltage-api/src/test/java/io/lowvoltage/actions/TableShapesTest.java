package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.exceptions.BuilderException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableShapesTest {
    @Test
    void valuesPrintShortly() {
        assertThat(KeySchemaElement.hash("h")).hasToString("h:HASH");
        assertThat(AttributeDefinition.of("h", ScalarAttributeType.N)).hasToString("h:N");
        assertThat(Projection.include("a", "b")).hasToString("INCLUDE[a, b]");
        assertThat(Projection.all()).hasToString("ALL");
        assertThat(ProvisionedThroughput.of(1, 2)).hasToString("ProvisionedThroughput{read=1, write=2}");
        assertThat(OnDemandThroughput.ofMaxReadRequestUnits(3)).hasToString("OnDemandThroughput{maxRead=3}");
        assertThat(WarmThroughput.of(4, 5)).hasToString("WarmThroughput{read=4, write=5}");
        assertThat(StreamSpecification.enabled(StreamViewType.KEYS_ONLY)).hasToString("StreamSpecification{KEYS_ONLY}");
        assertThat(Tag.of("k", "v")).hasToString("k=v");
        assertThat(GlobalSecondaryIndexUpdate.delete("g")).hasToString("Delete{g}");
        assertThat(GlobalSecondaryIndexUpdate.update("g", ProvisionedThroughput.of(1, 1), null, null))
                .hasToString("Update{indexName=g, provisionedThroughput=ProvisionedThroughput{read=1, write=1}}");
        assertThat(ReplicationGroupUpdate.create("eu-west-1")).hasToString("Create{regionName=eu-west-1}");
        assertThat(GlobalTableWitnessGroupUpdate.create("us-west-2")).hasToString("Create{us-west-2}");
        assertThat(VectorIndexUpdate.delete("v")).hasToString("Delete{v}");
        assertThat(GlobalSecondaryIndex.of("g", List.of(KeySchemaElement.hash("a")), Projection.keysOnly()))
                .hasToString("GlobalSecondaryIndex{indexName=g, keySchema=[a:HASH], projection=KEYS_ONLY}");
    }

    @Test
    void equalValuesAreEqual() {
        assertThat(Projection.include("a")).isEqualTo(Projection.include(List.of("a")))
                .hasSameHashCodeAs(Projection.include(List.of("a")));
        assertThat(SSESpecification.kms("k")).isEqualTo(SSESpecification.of(true, SSEType.KMS, "k"));
        assertThat(ReplicationGroupUpdate.update("r").withTableClassOverride(TableClass.STANDARD))
                .isEqualTo(ReplicationGroupUpdate.update("r").withTableClassOverride(TableClass.STANDARD))
                .isNotEqualTo(ReplicationGroupUpdate.create("r").withTableClassOverride(TableClass.STANDARD));
        assertThat(GlobalSecondaryIndexUpdate.create(GlobalSecondaryIndex.of("g", List.of(KeySchemaElement.hash("a")),
                Projection.all())).indexName()).isEqualTo("g");
    }

    @Test
    void withMethodsReturnChangedCopies() {
        GlobalSecondaryIndex index = GlobalSecondaryIndex.of("g", List.of(KeySchemaElement.hash("a")), Projection.all());
        GlobalSecondaryIndex provisioned = index.withProvisionedThroughput(ProvisionedThroughput.of(1, 1));

        assertThat(index.provisionedThroughput()).isNull();
        assertThat(provisioned.provisionedThroughput()).isEqualTo(ProvisionedThroughput.of(1, 1));
        assertThat(provisioned.withWarmThroughput(WarmThroughput.ofWriteUnitsPerSecond(1))
                .withOnDemandThroughput(OnDemandThroughput.of(1, 1)).provisionedThroughput())
                .isEqualTo(ProvisionedThroughput.of(1, 1));
    }

    @Test
    void unknownConstantsAreRefusedInValues() {
        assertThatThrownBy(() -> KeySchemaElement.of("h", KeyType.UNKNOWN_TO_LOWVOLTAGE))
                .isInstanceOf(BuilderException.class)
                .hasMessage("KeyType cannot be UNKNOWN_TO_LOWVOLTAGE, which stands for a value read from a response; "
                        + "pick one of the other constants");
        assertThatThrownBy(() -> StreamSpecification.enabled(StreamViewType.UNKNOWN_TO_LOWVOLTAGE))
                .isInstanceOf(BuilderException.class);
        assertThatThrownBy(() -> VectorIndex.of("v", "e", 1, VectorDistanceFunction.UNKNOWN_TO_LOWVOLTAGE,
                Projection.all())).isInstanceOf(BuilderException.class);
    }

    @Test
    void nullElementsAreRefusedWithTheMemberName() {
        assertThatThrownBy(() -> Projection.include(Arrays.asList("a", null)))
                .isInstanceOf(NullPointerException.class).hasMessage("nonKeyAttributes must not hold null");
        assertThatThrownBy(() -> new CreateTable("Tbl").tags((Tag) null))
                .isInstanceOf(NullPointerException.class).hasMessage("tags must not hold null");
        assertThatThrownBy(() -> new CreateTable("Tbl").keySchema((KeySchemaElement) null))
                .isInstanceOf(NullPointerException.class).hasMessage("keySchema must not hold null");
    }
}
