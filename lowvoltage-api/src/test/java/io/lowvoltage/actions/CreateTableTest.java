package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CreateTableTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    private String send(CreateTable action) {
        transport.ok("{}");
        connection.request(action);
        return transport.lastBody();
    }

    @Test
    void writesTheMinimalRequest() {
        assertThat(send(new CreateTable("Tbl").hashKey("h", ScalarAttributeType.S).billingModePayPerRequest()))
                .isEqualTo("{\"AttributeDefinitions\":[{\"AttributeName\":\"h\",\"AttributeType\":\"S\"}],"
                        + "\"TableName\":\"Tbl\",\"KeySchema\":[{\"AttributeName\":\"h\",\"KeyType\":\"HASH\"}],"
                        + "\"BillingMode\":\"PAY_PER_REQUEST\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target", "DynamoDB_20120810.CreateTable");
    }

    @Test
    void writesEveryRequestMemberInModelOrder() {
        String body = send(new CreateTable("Tbl")
                .hashKey("h", ScalarAttributeType.N).rangeKey("r", ScalarAttributeType.S)
                .provisionedThroughput(1, 2)
                .globalSecondaryIndex("gsi").hashKey("a", ScalarAttributeType.S).rangeKey("r", ScalarAttributeType.S)
                .projectAll().provisionedThroughput(3, 4).onDemandThroughput(OnDemandThroughput.of(5, 6))
                .warmThroughput(WarmThroughput.of(7, 8))
                .localSecondaryIndex("lsi").rangeKey("b", ScalarAttributeType.B).projectInclude("x", "y")
                .table()
                .billingModeProvisioned()
                .streamSpecification(StreamViewType.NEW_AND_OLD_IMAGES)
                .sseSpecification(SSESpecification.kms("alias/k"))
                .tag("env", "test")
                .tableClassStandardInfrequentAccess()
                .deletionProtectionEnabled(false)
                .warmThroughput(WarmThroughput.ofReadUnitsPerSecond(9))
                .resourcePolicy("{}")
                .onDemandThroughput(OnDemandThroughput.ofMaxWriteRequestUnits(10))
                .globalTableSourceArn("arn:source")
                .globalTableSettingsReplicationModeEnabledWithOverrides()
                .vectorIndexes(VectorIndex.of("vi", "v", 3, VectorDistanceFunction.COSINE, Projection.keysOnly())
                        .withSearchSchema(SearchSchemaElement.hash("h"), SearchSchemaElement.inlineFilter("c"))));

        assertThat(body).isEqualTo("{"
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"h\",\"AttributeType\":\"N\"},"
                + "{\"AttributeName\":\"r\",\"AttributeType\":\"S\"},{\"AttributeName\":\"a\",\"AttributeType\":\"S\"},"
                + "{\"AttributeName\":\"b\",\"AttributeType\":\"B\"}],"
                + "\"TableName\":\"Tbl\","
                + "\"KeySchema\":[{\"AttributeName\":\"h\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"r\",\"KeyType\":\"RANGE\"}],"
                + "\"LocalSecondaryIndexes\":[{\"IndexName\":\"lsi\",\"KeySchema\":[{\"AttributeName\":\"h\",\"KeyType\":\"HASH\"},"
                + "{\"AttributeName\":\"b\",\"KeyType\":\"RANGE\"}],"
                + "\"Projection\":{\"ProjectionType\":\"INCLUDE\",\"NonKeyAttributes\":[\"x\",\"y\"]}}],"
                + "\"GlobalSecondaryIndexes\":[{\"IndexName\":\"gsi\",\"KeySchema\":[{\"AttributeName\":\"a\",\"KeyType\":\"HASH\"},"
                + "{\"AttributeName\":\"r\",\"KeyType\":\"RANGE\"}],\"Projection\":{\"ProjectionType\":\"ALL\"},"
                + "\"ProvisionedThroughput\":{\"ReadCapacityUnits\":3,\"WriteCapacityUnits\":4},"
                + "\"OnDemandThroughput\":{\"MaxReadRequestUnits\":5,\"MaxWriteRequestUnits\":6},"
                + "\"WarmThroughput\":{\"ReadUnitsPerSecond\":7,\"WriteUnitsPerSecond\":8}}],"
                + "\"BillingMode\":\"PROVISIONED\","
                + "\"ProvisionedThroughput\":{\"ReadCapacityUnits\":1,\"WriteCapacityUnits\":2},"
                + "\"StreamSpecification\":{\"StreamEnabled\":true,\"StreamViewType\":\"NEW_AND_OLD_IMAGES\"},"
                + "\"SSESpecification\":{\"Enabled\":true,\"SSEType\":\"KMS\",\"KMSMasterKeyId\":\"alias/k\"},"
                + "\"Tags\":[{\"Key\":\"env\",\"Value\":\"test\"}],"
                + "\"TableClass\":\"STANDARD_INFREQUENT_ACCESS\","
                + "\"DeletionProtectionEnabled\":false,"
                + "\"WarmThroughput\":{\"ReadUnitsPerSecond\":9},"
                + "\"ResourcePolicy\":\"{}\","
                + "\"OnDemandThroughput\":{\"MaxWriteRequestUnits\":10},"
                + "\"GlobalTableSourceArn\":\"arn:source\","
                + "\"GlobalTableSettingsReplicationMode\":\"ENABLED_WITH_OVERRIDES\","
                + "\"VectorIndexes\":[{\"IndexName\":\"vi\",\"VectorAttribute\":{\"AttributeName\":\"v\"},"
                + "\"SearchSchema\":[{\"AttributeName\":\"h\",\"SearchSchemaElementType\":\"HASH\"},"
                + "{\"AttributeName\":\"c\",\"SearchSchemaElementType\":\"INLINE_FILTER\"}],"
                + "\"Projection\":{\"ProjectionType\":\"KEYS_ONLY\"},\"Dimensions\":3,\"DistanceFunction\":\"COSINE\"}]"
                + "}");
    }

    @Test
    void theModelShapedSettersWriteTheSameAsTheActiveResourceOnes() {
        String built = send(new CreateTable("Tbl").hashKey("h", ScalarAttributeType.N)
                .globalSecondaryIndex("g").hashKey("a", ScalarAttributeType.S).projectKeysOnly()
                .provisionedThroughput(1, 1)
                .localSecondaryIndex("l").rangeKey("b", ScalarAttributeType.N).projectAll()
                .table().provisionedThroughput(2, 2).tags(Tag.of("k", "v")));
        String fromValues = send(new CreateTable().tableName("Tbl")
                .attributeDefinitions(AttributeDefinition.of("h", ScalarAttributeType.N),
                        AttributeDefinition.of("a", ScalarAttributeType.S))
                .attributeDefinitions(List.of(AttributeDefinition.of("b", ScalarAttributeType.N)))
                .keySchema(KeySchemaElement.hash("h"))
                .globalSecondaryIndexes(GlobalSecondaryIndex.of("g", List.of(KeySchemaElement.hash("a")),
                        Projection.keysOnly()).withProvisionedThroughput(ProvisionedThroughput.of(1, 1)))
                .localSecondaryIndexes(Stream.of(LocalSecondaryIndex.of("l",
                        List.of(KeySchemaElement.hash("h"), KeySchemaElement.range("b")), Projection.all())))
                .provisionedThroughput(ProvisionedThroughput.of(2, 2))
                .tags(List.of(Tag.of("k", "v"))));

        assertThat(fromValues).isEqualTo(built);
    }

    @Test
    void variadicOverloadsAdd() {
        String body = send(new CreateTable("Tbl").hashKey("h", ScalarAttributeType.S).billingModePayPerRequest()
                .tags(Tag.of("a", "1")).tags(List.of(Tag.of("b", "2"))).tags(Stream.of(Tag.of("c", "3")))
                .tag("d", "4")
                .keySchema(List.of(KeySchemaElement.range("r"))).attributeDefinitions(Stream.of(
                        AttributeDefinition.of("r", ScalarAttributeType.N)))
                .globalSecondaryIndexes(List.of(GlobalSecondaryIndex.of("g1", List.of(KeySchemaElement.hash("h")),
                        Projection.all())))
                .globalSecondaryIndexes(Stream.of(GlobalSecondaryIndex.of("g2", List.of(KeySchemaElement.hash("r")),
                        Projection.all())))
                .localSecondaryIndexes(LocalSecondaryIndex.of("l1", List.of(KeySchemaElement.hash("h"),
                        KeySchemaElement.range("r")), Projection.keysOnly()))
                .localSecondaryIndexes(List.of(LocalSecondaryIndex.of("l2", List.of(KeySchemaElement.hash("h"),
                        KeySchemaElement.range("r")), Projection.keysOnly())))
                .keySchema(Stream.of(KeySchemaElement.hash("h")))
                .vectorIndexes(List.of(VectorIndex.of("v1", "v", 2, VectorDistanceFunction.EUCLIDEAN,
                        Projection.all())))
                .vectorIndexes(Stream.of(VectorIndex.of("v2", "v", 2, VectorDistanceFunction.DOT_PRODUCT,
                        Projection.all()))));

        assertThat(body).contains("\"Tags\":[{\"Key\":\"a\",\"Value\":\"1\"},{\"Key\":\"b\",\"Value\":\"2\"},"
                + "{\"Key\":\"c\",\"Value\":\"3\"},{\"Key\":\"d\",\"Value\":\"4\"}]");
        assertThat(body).contains("\"KeySchema\":[{\"AttributeName\":\"h\",\"KeyType\":\"HASH\"},"
                + "{\"AttributeName\":\"r\",\"KeyType\":\"RANGE\"}],\"LocalSecondaryIndexes\"");
        assertThat(body).contains("\"IndexName\":\"g1\"", "\"IndexName\":\"g2\"", "\"IndexName\":\"l1\"",
                "\"IndexName\":\"l2\"", "\"IndexName\":\"v1\"", "\"IndexName\":\"v2\"");
    }

    @Test
    void namedMethodsSetEachConstant() {
        CreateTable table = new CreateTable("Tbl").hashKey("h", ScalarAttributeType.S);
        assertThat(send(table.billingModePayPerRequest().tableClassStandard()
                .globalTableSettingsReplicationModeEnabled()))
                .contains("\"BillingMode\":\"PAY_PER_REQUEST\"", "\"TableClass\":\"STANDARD\"",
                        "\"GlobalTableSettingsReplicationMode\":\"ENABLED\"");
        assertThat(send(table.billingMode(BillingMode.PROVISIONED).provisionedThroughput(1, 1)
                .tableClass(TableClass.STANDARD_INFREQUENT_ACCESS).globalTableSettingsReplicationModeDisabled()))
                .contains("\"BillingMode\":\"PROVISIONED\"", "\"TableClass\":\"STANDARD_INFREQUENT_ACCESS\"",
                        "\"GlobalTableSettingsReplicationMode\":\"DISABLED\"");
        assertThat(send(table.globalTableSettingsReplicationMode(GlobalTableSettingsReplicationMode.ENABLED)
                .streamSpecification(StreamSpecification.disabled())
                .sseSpecification(SSESpecification.dynamoDbOwned())))
                .contains("\"StreamSpecification\":{\"StreamEnabled\":false}",
                        "\"SSESpecification\":{\"Enabled\":false}");
        assertThat(send(table.sseSpecification(SSESpecification.kmsAwsManaged())))
                .contains("\"SSESpecification\":{\"Enabled\":true,\"SSEType\":\"KMS\"}");
    }

    @Test
    void keysOfTheTableAndIndexesAreDefinedOnce() {
        String body = send(new CreateTable("Tbl").hashKey("h", ScalarAttributeType.S).rangeKey("r", ScalarAttributeType.N)
                .globalSecondaryIndex("g").hashKey("r", ScalarAttributeType.N).rangeKey("h", ScalarAttributeType.S)
                .projectAll()
                .table().attributeDefinitions(AttributeDefinition.of("h", ScalarAttributeType.S))
                .billingModePayPerRequest());

        assertThat(body).startsWith("{\"AttributeDefinitions\":[{\"AttributeName\":\"h\",\"AttributeType\":\"S\"},"
                + "{\"AttributeName\":\"r\",\"AttributeType\":\"N\"}],\"TableName\"");
    }

    @Test
    void oneNameWithTwoTypesFailsAtOnce() {
        CreateTable table = new CreateTable("Tbl").hashKey("h", ScalarAttributeType.S).globalSecondaryIndex("g");

        assertThatThrownBy(() -> table.hashKey("h", ScalarAttributeType.N))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("CreateTable defines attribute h as S and as N.");
    }

    @Test
    void aSecondHashKeyOnOneResourceFails() {
        CreateTable table = new CreateTable("Tbl").hashKey("h", ScalarAttributeType.S);

        assertThatThrownBy(() -> table.hashKey("other", ScalarAttributeType.S))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("CreateTable sets the HASH key of the table to h and to other.");
        table.hashKey("h", ScalarAttributeType.S);
    }

    @Test
    void namingAnIndexAgainMakesItActiveAgain() {
        String body = send(new CreateTable("Tbl").hashKey("h", ScalarAttributeType.S).billingModePayPerRequest()
                .globalSecondaryIndex("g").hashKey("a", ScalarAttributeType.S)
                .table().globalSecondaryIndex("g").projectKeysOnly());

        assertThat(body).contains("\"GlobalSecondaryIndexes\":[{\"IndexName\":\"g\",\"KeySchema\":[{\"AttributeName\":"
                + "\"a\",\"KeyType\":\"HASH\"}],\"Projection\":{\"ProjectionType\":\"KEYS_ONLY\"}}]");
    }

    @Test
    void aLocalIndexMayHaveItsOwnHashKey() {
        String body = send(new CreateTable("Tbl").hashKey("h", ScalarAttributeType.S).billingModePayPerRequest()
                .localSecondaryIndex("l").hashKey("h", ScalarAttributeType.S).rangeKey("b", ScalarAttributeType.S)
                .projectAll());

        assertThat(body).contains("\"LocalSecondaryIndexes\":[{\"IndexName\":\"l\",\"KeySchema\":[{\"AttributeName\":"
                + "\"h\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"b\",\"KeyType\":\"RANGE\"}]");
    }

    @Test
    void aMissingHashKeyFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new CreateTable("Tbl").billingModePayPerRequest()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("CreateTable needs KeySchema (a HASH key), which is not set. "
                        + "Set it with .hashKey(name, type) or .keySchema(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aMissingTableNameFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new CreateTable().hashKey("h", ScalarAttributeType.S)))
                .isInstanceOf(BuilderException.class)
                .hasMessage("CreateTable needs TableName, which is not set. "
                        + "Set it with new CreateTable(tableName) or .tableName(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aGlobalIndexWithoutHashKeyFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new CreateTable("Tbl").hashKey("h", ScalarAttributeType.S)
                .globalSecondaryIndex("g").projectAll()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("CreateTable needs KeySchema (a HASH key) of global secondary index g, which is not set. "
                        + "Set it with .globalSecondaryIndex(\"g\").hashKey(name, type)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aLocalIndexWithoutRangeKeyFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new CreateTable("Tbl").hashKey("h", ScalarAttributeType.S)
                .localSecondaryIndex("l").projectAll()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("CreateTable needs KeySchema (a RANGE key) of local secondary index l, which is not set. "
                        + "Set it with .localSecondaryIndex(\"l\").rangeKey(name, type)");
    }

    @Test
    void anIndexWithoutProjectionFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new CreateTable("Tbl").hashKey("h", ScalarAttributeType.S)
                .globalSecondaryIndex("g").hashKey("a", ScalarAttributeType.S)))
                .isInstanceOf(BuilderException.class)
                .hasMessage("CreateTable needs Projection of global secondary index g, which is not set. "
                        + "Set it with .globalSecondaryIndex(\"g\").projectAll(), .projectKeysOnly() or .projectInclude(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aProjectionOnTheTableFailsAtOnce() {
        assertThatThrownBy(() -> new CreateTable("Tbl").projectAll())
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("CreateTable cannot set a projection on the table.");
    }

    @Test
    void throughputOnALocalIndexFailsAtOnce() {
        CreateTable table = new CreateTable("Tbl").localSecondaryIndex("l");

        assertThatThrownBy(() -> table.provisionedThroughput(1, 1))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("CreateTable cannot set provisionedThroughput on local secondary index l");
        assertThatThrownBy(() -> table.onDemandThroughput(OnDemandThroughput.of(1, 1)))
                .isInstanceOf(BuilderException.class);
        assertThatThrownBy(() -> table.warmThroughput(WarmThroughput.of(1, 1)))
                .isInstanceOf(BuilderException.class);
    }

    @Test
    void unknownConstantsAreRefused() {
        assertThatThrownBy(() -> new CreateTable("Tbl").billingMode(BillingMode.UNKNOWN_TO_LOWVOLTAGE))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("BillingMode cannot be UNKNOWN_TO_LOWVOLTAGE");
        assertThatThrownBy(() -> new CreateTable("Tbl").hashKey("h", ScalarAttributeType.UNKNOWN_TO_LOWVOLTAGE))
                .isInstanceOf(BuilderException.class);
    }

    @Test
    void readsTheTableDescription() throws IOException {
        transport.ok(DescribeTableTest.everyMember().replaceFirst("\"Table\"", "\"TableDescription\""));

        CreateTableResponse response = connection.request(new CreateTable("Tbl").hashKey("h", ScalarAttributeType.S));

        DescribeTableTest.assertEveryMember(response.tableDescription());
    }
}
