package io.lowvoltage.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.actions.AttributeDefinition;
import io.lowvoltage.actions.BillingMode;
import io.lowvoltage.actions.CreateTable;
import io.lowvoltage.actions.DeleteTable;
import io.lowvoltage.actions.DeleteTableResponse;
import io.lowvoltage.actions.DescribeTable;
import io.lowvoltage.actions.GlobalSecondaryIndexDescription;
import io.lowvoltage.actions.IndexStatus;
import io.lowvoltage.actions.KeySchemaElement;
import io.lowvoltage.actions.ListTables;
import io.lowvoltage.actions.ListTablesResponse;
import io.lowvoltage.actions.LocalSecondaryIndexDescription;
import io.lowvoltage.actions.Projection;
import io.lowvoltage.actions.ScalarAttributeType;
import io.lowvoltage.actions.StreamViewType;
import io.lowvoltage.actions.TableDescription;
import io.lowvoltage.actions.TableStatus;
import io.lowvoltage.actions.UpdateTable;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.exceptions.ResourceInUseException;
import io.lowvoltage.exceptions.ResourceNotFoundException;
import io.lowvoltage.exceptions.ValidationException;
import io.lowvoltage.testing.DynaliteExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynaliteExtension.class)
class TablesIT {
    private final Connection connection;

    TablesIT(Connection connection) {
        this.connection = connection;
    }

    private static CreateTable tableWithIndexes(String name) {
        return new CreateTable(name).hashKey("h", ScalarAttributeType.N).rangeKey("r", ScalarAttributeType.S)
                .provisionedThroughput(1, 2)
                .globalSecondaryIndex("gsi").hashKey("a", ScalarAttributeType.S).projectAll()
                .provisionedThroughput(3, 4)
                .localSecondaryIndex("lsi").rangeKey("b", ScalarAttributeType.N).projectInclude("x", "y")
                .table().streamSpecification(StreamViewType.NEW_AND_OLD_IMAGES).tag("env", "test")
                .deletionProtectionEnabled(false);
    }

    @Test
    void aCreatedTableDescribesItsKeysIndexesAndThroughput() {
        String name = Tables.uniqueName("described");
        Instant before = Instant.now().minusSeconds(5);
        Tables.create(connection, tableWithIndexes(name));

        TableDescription table = connection.request(new DescribeTable(name)).table();

        assertThat(table.tableName()).isEqualTo(name);
        assertThat(table.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(table.keySchema()).containsExactly(KeySchemaElement.hash("h"), KeySchemaElement.range("r"));
        assertThat(table.attributeDefinitions()).containsExactlyInAnyOrder(
                AttributeDefinition.of("h", ScalarAttributeType.N), AttributeDefinition.of("r", ScalarAttributeType.S),
                AttributeDefinition.of("a", ScalarAttributeType.S), AttributeDefinition.of("b", ScalarAttributeType.N));
        assertThat(table.provisionedThroughput().readCapacityUnits()).isEqualTo(1L);
        assertThat(table.provisionedThroughput().writeCapacityUnits()).isEqualTo(2L);
        assertThat(table.provisionedThroughput().numberOfDecreasesToday()).isZero();
        assertThat(table.itemCount()).isZero();
        assertThat(table.tableSizeBytes()).isZero();
        assertThat(table.tableArn()).isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/" + name);
        assertThat(table.creationDateTime()).isBetween(before, Instant.now().plus(Duration.ofSeconds(5)));

        GlobalSecondaryIndexDescription gsi = table.globalSecondaryIndexes().get(0);
        assertThat(table.globalSecondaryIndexes()).hasSize(1);
        assertThat(gsi.indexName()).isEqualTo("gsi");
        assertThat(gsi.keySchema()).containsExactly(KeySchemaElement.hash("a"));
        assertThat(gsi.projection()).isEqualTo(Projection.all());
        assertThat(gsi.indexStatus()).isEqualTo(IndexStatus.ACTIVE);
        assertThat(gsi.provisionedThroughput().readCapacityUnits()).isEqualTo(3L);
        assertThat(gsi.provisionedThroughput().writeCapacityUnits()).isEqualTo(4L);
        assertThat(gsi.indexArn()).isEqualTo(table.tableArn() + "/index/gsi");
        assertThat(gsi.itemCount()).isZero();

        LocalSecondaryIndexDescription lsi = table.localSecondaryIndexes().get(0);
        assertThat(table.localSecondaryIndexes()).hasSize(1);
        assertThat(lsi.indexName()).isEqualTo("lsi");
        assertThat(lsi.keySchema()).containsExactly(KeySchemaElement.hash("h"), KeySchemaElement.range("b"));
        assertThat(lsi.projection()).isEqualTo(Projection.include("x", "y"));
        assertThat(lsi.indexArn()).isEqualTo(table.tableArn() + "/index/lsi");
    }

    @Test
    void aPayPerRequestTableReportsItsBillingMode() {
        String name = Tables.create(connection, new CreateTable(Tables.uniqueName("on-demand"))
                .hashKey("h", ScalarAttributeType.S).billingModePayPerRequest());

        TableDescription table = connection.request(new DescribeTable(name)).table();

        assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(table.provisionedThroughput().readCapacityUnits()).isZero();
        assertThat(table.provisionedThroughput().writeCapacityUnits()).isZero();
    }

    @Test
    void listingTablesOneByOnePagesThroughEveryName() {
        List<String> created = List.of(Tables.uniqueName("listed"), Tables.uniqueName("listed"),
                Tables.uniqueName("listed"));
        for (String name : created) {
            Tables.create(connection, new CreateTable(name).hashKey("h", ScalarAttributeType.S)
                    .billingModePayPerRequest());
        }

        List<String> listed = new ArrayList<>();
        ListTablesResponse page = connection.request(new ListTables().limit(1));
        listed.addAll(page.tableNames());
        while (page.hasMorePages()) {
            assertThat(page.tableNames()).hasSize(1);
            page = connection.request(new ListTables().limit(1).exclusiveStartTableName(page.lastEvaluatedTableName()));
            listed.addAll(page.tableNames());
        }

        assertThat(listed).containsAll(created).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void updatingChangesTheThroughputOfTheTableAndItsIndexes() {
        String name = Tables.create(connection, tableWithIndexes(Tables.uniqueName("updated")));

        TableDescription updating = connection.request(new UpdateTable(name).provisionedThroughput(5, 6)
                .updateGlobalSecondaryIndex("gsi").provisionedThroughput(7, 8)).tableDescription();
        assertThat(updating.tableName()).isEqualTo(name);
        TableDescription table = Tables.awaitActive(connection, name);
        assertThat(table.provisionedThroughput().readCapacityUnits()).isEqualTo(5L);
        assertThat(table.provisionedThroughput().writeCapacityUnits()).isEqualTo(6L);
        assertThat(table.globalSecondaryIndexes().get(0).provisionedThroughput().readCapacityUnits()).isEqualTo(7L);
        assertThat(table.globalSecondaryIndexes().get(0).provisionedThroughput().lastIncreaseDateTime()).isNotNull();

    }

    /**
     * Dynalite validates global secondary index creations and deletions but does not apply them (its
     * actions/updateTable.js handles {@code Update} only), so this checks they reach it well-formed: accepted alone,
     * and refused by its one-update-per-index rule when both name the same index.
     */
    @Test
    void globalIndexCreationsAndDeletionsReachTheService() {
        String name = Tables.create(connection, tableWithIndexes(Tables.uniqueName("indexed")));

        TableDescription created = connection.request(new UpdateTable(name)
                .createGlobalSecondaryIndex("gsi2").hashKey("c", ScalarAttributeType.S).projectKeysOnly()
                .provisionedThroughput(1, 1)).tableDescription();
        assertThat(created.tableName()).isEqualTo(name);
        Tables.awaitActive(connection, name);
        TableDescription deleted = connection.request(new UpdateTable(name).deleteGlobalSecondaryIndex("gsi"))
                .tableDescription();
        assertThat(deleted.tableName()).isEqualTo(name);
        Tables.awaitActive(connection, name);

        assertThatThrownBy(() -> connection.request(new UpdateTable(name)
                .updateGlobalSecondaryIndex("gsi").provisionedThroughput(2, 2)
                .table().deleteGlobalSecondaryIndex("gsi")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Only one global secondary index update per index is allowed simultaneously");
    }

    @Test
    void aDeletedTableIsNotFoundAnyMore() {
        String name = Tables.create(connection, new CreateTable(Tables.uniqueName("deleted"))
                .hashKey("h", ScalarAttributeType.S).billingModePayPerRequest());

        DeleteTableResponse deleted = connection.request(new DeleteTable(name));

        assertThat(deleted.tableDescription().tableName()).isEqualTo(name);
        assertThat(deleted.tableDescription().keySchema()).containsExactly(KeySchemaElement.hash("h"));
        assertThatThrownBy(() -> {
            for (int attempt = 0; attempt < 100; attempt++) {
                connection.request(new DescribeTable(name));
                Thread.sleep(50);
            }
        }).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void creatingAnExistingTableIsRefused() {
        String name = Tables.create(connection, new CreateTable(Tables.uniqueName("existing"))
                .hashKey("h", ScalarAttributeType.S).billingModePayPerRequest());

        assertThatThrownBy(() -> connection.request(new CreateTable(name).hashKey("h", ScalarAttributeType.S)
                .billingModePayPerRequest()))
                .isInstanceOf(ResourceInUseException.class);
    }

    @Test
    void aCreateTableWithoutHashKeyFailsBeforeSending() {
        String name = Tables.uniqueName("never");

        assertThatThrownBy(() -> connection.request(new CreateTable(name).billingModePayPerRequest()))
                .isInstanceOf(BuilderException.class)
                .hasMessageContaining("KeySchema (a HASH key)");
        assertThat(connection.request(new ListTables()).tableNames()).doesNotContain(name);
    }
}
