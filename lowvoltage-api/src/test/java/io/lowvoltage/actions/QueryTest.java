package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.Item;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class QueryTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    private Query minimal() {
        return new Query("Tbl").keyConditionExpression("h = :h").expressionAttributeValue(":h", 0);
    }

    private String bodyOf(Query query) {
        transport.ok("{}");
        connection.request(query);
        return transport.lastBody();
    }

    @Test
    void writesEveryRequestMemberInTheOrderOfTheModel() {
        Map<String, Object> nullValue = new LinkedHashMap<>();
        nullValue.put(":n", null);

        String body = bodyOf(new Query()
                .tableName("Tbl")
                .indexName("gsi")
                .selectSpecificAttributes()
                .attributesToGet("a")
                .attributesToGet(List.of("b"))
                .attributesToGet(Stream.of("c"))
                .limit(10)
                .consistentRead(true)
                .keyCondition("h", Condition.of(ComparisonOperator.EQ, 0))
                .keyConditions(Map.of("r", Condition.of(ComparisonOperator.BETWEEN, 1, 9)))
                .queryFilter("a", Condition.of(ComparisonOperator.GT, 1))
                .queryFilter(Map.of("b", Condition.of(ComparisonOperator.NOT_NULL)))
                .conditionalOperatorOr()
                .scanIndexForward(false)
                .exclusiveStartKey(Map.of("h", 0))
                .returnConsumedCapacityIndexes()
                .projectionExpression("h, r")
                .filterExpression("#a > :x")
                .keyConditionExpression("h = :h")
                .expressionAttributeName("#a", "a")
                .expressionAttributeNames(Map.of("#b", "b"))
                .expressionAttributeValue(":h", 0)
                .expressionAttributeValues(Map.of(":x", "x"))
                .expressionAttributeValues(nullValue));

        assertThat(body).isEqualTo("{\"TableName\":\"Tbl\",\"IndexName\":\"gsi\",\"Select\":\"SPECIFIC_ATTRIBUTES\","
                + "\"AttributesToGet\":[\"a\",\"b\",\"c\"],\"Limit\":10,\"ConsistentRead\":true,"
                + "\"KeyConditions\":{\"h\":{\"AttributeValueList\":[{\"N\":\"0\"}],\"ComparisonOperator\":\"EQ\"},"
                + "\"r\":{\"AttributeValueList\":[{\"N\":\"1\"},{\"N\":\"9\"}],\"ComparisonOperator\":\"BETWEEN\"}},"
                + "\"QueryFilter\":{\"a\":{\"AttributeValueList\":[{\"N\":\"1\"}],\"ComparisonOperator\":\"GT\"},"
                + "\"b\":{\"ComparisonOperator\":\"NOT_NULL\"}},\"ConditionalOperator\":\"OR\","
                + "\"ScanIndexForward\":false,\"ExclusiveStartKey\":{\"h\":{\"N\":\"0\"}},"
                + "\"ReturnConsumedCapacity\":\"INDEXES\",\"ProjectionExpression\":\"h, r\","
                + "\"FilterExpression\":\"#a > :x\",\"KeyConditionExpression\":\"h = :h\","
                + "\"ExpressionAttributeNames\":{\"#a\":\"a\",\"#b\":\"b\"},"
                + "\"ExpressionAttributeValues\":{\":h\":{\"N\":\"0\"},\":x\":{\"S\":\"x\"},\":n\":{\"NULL\":true}}}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target", "DynamoDB_20120810.Query");
    }

    @Test
    void writesOnlyWhatIsSet() {
        assertThat(bodyOf(minimal())).isEqualTo("{\"TableName\":\"Tbl\",\"KeyConditionExpression\":\"h = :h\","
                + "\"ExpressionAttributeValues\":{\":h\":{\"N\":\"0\"}}}");
        assertThat(bodyOf(new Query("Tbl").keyCondition("h", Condition.of(ComparisonOperator.EQ, "x"))))
                .isEqualTo("{\"TableName\":\"Tbl\",\"KeyConditions\":{\"h\":{\"AttributeValueList\":[{\"S\":\"x\"}],"
                        + "\"ComparisonOperator\":\"EQ\"}}}");
    }

    @Test
    void namedMethodsSetTheirConstant() {
        Map<UnaryOperator<Query>, String> cases = new LinkedHashMap<>();
        cases.put(Query::selectAllAttributes, "\"Select\":\"ALL_ATTRIBUTES\"");
        cases.put(Query::selectAllProjectedAttributes, "\"Select\":\"ALL_PROJECTED_ATTRIBUTES\"");
        cases.put(Query::selectSpecificAttributes, "\"Select\":\"SPECIFIC_ATTRIBUTES\"");
        cases.put(Query::selectCount, "\"Select\":\"COUNT\"");
        cases.put(query -> query.select(Select.COUNT), "\"Select\":\"COUNT\"");
        cases.put(Query::returnConsumedCapacityTotal, "\"ReturnConsumedCapacity\":\"TOTAL\"");
        cases.put(Query::returnConsumedCapacityIndexes, "\"ReturnConsumedCapacity\":\"INDEXES\"");
        cases.put(Query::returnConsumedCapacityNone, "\"ReturnConsumedCapacity\":\"NONE\"");
        cases.put(query -> query.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL),
                "\"ReturnConsumedCapacity\":\"TOTAL\"");
        cases.put(Query::conditionalOperatorAnd, "\"ConditionalOperator\":\"AND\"");
        cases.put(Query::conditionalOperatorOr, "\"ConditionalOperator\":\"OR\"");
        cases.put(query -> query.conditionalOperator(ConditionalOperator.OR), "\"ConditionalOperator\":\"OR\"");

        cases.forEach((setter, member) -> assertThat(bodyOf(setter.apply(minimal()))).contains(member));
    }

    @Test
    void theUsersExampleWritesWhatItSays() {
        Item lastKey = Item.copyOf(Map.of("h", 0, "r", 3));
        String body = bodyOf(new Query("Table").keyConditionExpression("h = :h AND r BETWEEN :lo AND :hi")
                .expressionAttributeValue(":h", 0).expressionAttributeValue(":lo", 1).expressionAttributeValue(":hi", 9)
                .indexName("gsi").scanIndexForward(false).limit(10).consistentRead(true).selectCount()
                .exclusiveStartKey(lastKey).filterExpression("#a > :x").expressionAttributeName("#a", "a")
                .projectionExpression("h, r").returnConsumedCapacityIndexes());

        assertThat(body).contains("\"Select\":\"COUNT\"", "\"Limit\":10", "\"ScanIndexForward\":false",
                "\"ExclusiveStartKey\":{", "\"IndexName\":\"gsi\"",
                "\"ExpressionAttributeValues\":{\":h\":{\"N\":\"0\"},\":lo\":{\"N\":\"1\"},\":hi\":{\"N\":\"9\"}}");
    }

    @Test
    void aNullExclusiveStartKeyStartsFromTheFirstPage() {
        assertThat(bodyOf(minimal().exclusiveStartKey(Map.of("h", 0)).exclusiveStartKey(null)))
                .doesNotContain("ExclusiveStartKey");
    }

    @Test
    void theActionCopiesTheMapsItIsGiven() {
        Map<String, Object> key = new LinkedHashMap<>(Map.of("h", 0));
        Query query = minimal().exclusiveStartKey(key);
        key.put("r", 1);

        assertThat(bodyOf(query)).contains("\"ExclusiveStartKey\":{\"h\":{\"N\":\"0\"}}");
    }

    @Test
    void readsEveryResponseMemberAndSkipsUnknownOnes() {
        transport.ok("{\"Items\":[{\"h\":{\"N\":\"0\"},\"r\":{\"N\":\"1\"}},{\"h\":{\"N\":\"0\"},\"r\":{\"S\":\"x\"}}],"
                + "\"Count\":2,\"ScannedCount\":5,\"Future\":{\"a\":[1,2]},"
                + "\"LastEvaluatedKey\":{\"h\":{\"N\":\"0\"},\"r\":{\"S\":\"x\"}},"
                + "\"ConsumedCapacity\":{\"TableName\":\"Tbl\",\"CapacityUnits\":1.5,"
                + "\"GlobalSecondaryIndexes\":{\"gsi\":{\"CapacityUnits\":1.5}}}}");

        QueryResponse response = connection.request(minimal());

        assertThat(response.items()).hasSize(2);
        assertThat(response.items().get(0)).containsEntry("h", BigDecimal.ZERO).containsEntry("r", BigDecimal.ONE);
        assertThat(response.items().get(1)).containsEntry("r", "x");
        assertThat(response.count()).isEqualTo(2);
        assertThat(response.scannedCount()).isEqualTo(5);
        assertThat(response.lastEvaluatedKey()).isEqualTo(Map.of("h", BigDecimal.ZERO, "r", "x"));
        assertThat(response.hasMorePages()).isTrue();
        assertThat(response.consumedCapacity().capacityUnits()).isEqualByComparingTo("1.5");
        assertThat(response.consumedCapacity().globalSecondaryIndexes().get("gsi").capacityUnits())
                .isEqualByComparingTo("1.5");
        assertThat(response.toString()).startsWith("QueryResponse{count=2, scannedCount=5, lastEvaluatedKey=");
        assertThatThrownBy(() -> response.items().add(Item.empty()))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theLastPageHasNoItemsOrKeyWhenNoneCame() {
        transport.ok("{\"Count\":7,\"ScannedCount\":7}");

        QueryResponse response = connection.request(minimal().selectCount());

        assertThat(response.items()).isEmpty();
        assertThat(response.count()).isEqualTo(7);
        assertThat(response.lastEvaluatedKey()).isNull();
        assertThat(response.hasMorePages()).isFalse();
        assertThat(response.consumedCapacity()).isNull();
        assertThat(response).hasToString("QueryResponse{count=7, scannedCount=7}");
    }

    @Test
    void aMissingTableNameFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new Query().keyConditionExpression("h = :h")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("Query needs TableName, which is not set. Set it with new Query(tableName) or .tableName(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aQueryWithoutKeyConditionFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new Query("Tbl").filterExpression("a > :a")))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("Query needs a key condition: KeyConditionExpression or KeyConditions,"
                        + " and neither is set.")
                .hasMessageContaining(".keyConditionExpression(")
                .hasMessageContaining(".keyCondition(");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aLimitBelowOneFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(minimal().limit(0)))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("Query needs a Limit of at least 1, and it is 0.");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aConditionValueWithNoDynamoDbFormNamesItsPath() {
        assertThatThrownBy(() -> connection.request(
                new Query("Tbl").keyCondition("h", Condition.of(ComparisonOperator.EQ, new Object()))))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("Attribute KeyConditions.h.AttributeValueList[0] is a java.lang.Object");
        assertThat(transport.requests()).isEmpty();
    }
}
