package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.exceptions.ConditionalCheckFailedException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PutItemTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMemberInTheOrderOfTheModel() {
        transport.ok("{}");
        connection.request(new PutItem("Tbl", Map.of("h", 0))
                .expected("a", ExpectedAttributeValue.exists(false))
                .returnValuesAllOld()
                .returnConsumedCapacityTotal()
                .returnItemCollectionMetricsSize()
                .conditionalOperatorOr()
                .conditionExpression("#b <> :v")
                .expressionAttributeName("#b", "b")
                .expressionAttributeValue(":v", "x")
                .returnValuesOnConditionCheckFailureAllOld());

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"Item\":{\"h\":{\"N\":\"0\"}},"
                + "\"Expected\":{\"a\":{\"Exists\":false}},\"ReturnValues\":\"ALL_OLD\","
                + "\"ReturnConsumedCapacity\":\"TOTAL\",\"ReturnItemCollectionMetrics\":\"SIZE\","
                + "\"ConditionalOperator\":\"OR\",\"ConditionExpression\":\"#b <> :v\","
                + "\"ExpressionAttributeNames\":{\"#b\":\"b\"},\"ExpressionAttributeValues\":{\":v\":{\"S\":\"x\"}},"
                + "\"ReturnValuesOnConditionCheckFailure\":\"ALL_OLD\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target", "DynamoDB_20120810.PutItem");
    }

    @Test
    void writesOnlyTheTableAndItemWhenNothingElseIsSet() {
        transport.ok("{}");
        connection.request(new PutItem().tableName("Tbl").item(Map.of("h", "k")));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"Item\":{\"h\":{\"S\":\"k\"}}}");
    }

    @Test
    void namedMethodsSetTheirConstants() {
        transport.ok("{}");
        connection.request(new PutItem("Tbl", Map.of("h", 0))
                .returnValuesNone()
                .returnConsumedCapacityIndexes()
                .returnItemCollectionMetricsNone()
                .conditionalOperatorAnd()
                .returnValuesOnConditionCheckFailureNone());

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"Item\":{\"h\":{\"N\":\"0\"}},"
                + "\"ReturnValues\":\"NONE\",\"ReturnConsumedCapacity\":\"INDEXES\","
                + "\"ReturnItemCollectionMetrics\":\"NONE\",\"ConditionalOperator\":\"AND\","
                + "\"ReturnValuesOnConditionCheckFailure\":\"NONE\"}");
    }

    @Test
    void theEnumSetterTakesEveryReturnValueForDynamoDbToJudge() {
        transport.ok("{}");
        connection.request(new PutItem("Tbl", Map.of("h", 0)).returnValues(ReturnValue.UPDATED_NEW)
                .returnConsumedCapacity(ReturnConsumedCapacity.NONE));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"Item\":{\"h\":{\"N\":\"0\"}},"
                + "\"ReturnValues\":\"UPDATED_NEW\",\"ReturnConsumedCapacity\":\"NONE\"}");
    }

    @Test
    void placeholdersAndExpectationsAddToThoseAlreadySetAndKeepNullValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(":n", null);
        values.put(":l", List.of(1, "a"));
        transport.ok("{}");
        connection.request(new PutItem("Tbl", Map.of("h", 0))
                .expressionAttributeName("#a", "a")
                .expressionAttributeNames(Map.of("#b", "b"))
                .expressionAttributeValue(":v", 1)
                .expressionAttributeValues(values)
                .expected("a", ExpectedAttributeValue.equalTo(null))
                .expected(Map.of("b", ExpectedAttributeValue.of(ComparisonOperator.NOT_NULL))));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"Item\":{\"h\":{\"N\":\"0\"}},"
                + "\"Expected\":{\"a\":{\"Value\":{\"NULL\":true}},\"b\":{\"ComparisonOperator\":\"NOT_NULL\"}},"
                + "\"ExpressionAttributeNames\":{\"#a\":\"a\",\"#b\":\"b\"},"
                + "\"ExpressionAttributeValues\":{\":v\":{\"N\":\"1\"},\":n\":{\"NULL\":true},"
                + "\":l\":{\"L\":[{\"N\":\"1\"},{\"S\":\"a\"}]}}}");
    }

    @Test
    void theItemIsCopiedWhenSet() {
        Map<String, Object> item = new HashMap<>(Map.of("h", 0));
        PutItem put = new PutItem("Tbl", item);
        item.put("late", "x");
        transport.ok("{}");
        connection.request(put);

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"Item\":{\"h\":{\"N\":\"0\"}}}");
    }

    @Test
    void readsAttributesConsumedCapacityAndItemCollectionMetricsSkippingUnknownMembers() {
        transport.ok("{\"Attributes\":{\"h\":{\"N\":\"0\"},\"a\":{\"S\":\"old\"}},\"Future\":{\"x\":[1,2]},"
                + "\"ConsumedCapacity\":{\"TableName\":\"Tbl\",\"CapacityUnits\":1.0},"
                + "\"ItemCollectionMetrics\":{\"ItemCollectionKey\":{\"h\":{\"N\":\"0\"}},"
                + "\"SizeEstimateRangeGB\":[0.0,1.5],\"Newer\":true}}");

        PutItemResponse response = connection.request(new PutItem("Tbl", Map.of("h", 0)).returnValuesAllOld());

        assertThat(response.attributes()).containsExactly(Map.entry("h", BigDecimal.ZERO), Map.entry("a", "old"));
        assertThat(response.consumedCapacity().capacityUnits()).isEqualByComparingTo("1");
        assertThat(response.itemCollectionMetrics().itemCollectionKey()).containsExactly(
                Map.entry("h", BigDecimal.ZERO));
        assertThat(response.itemCollectionMetrics().sizeEstimateRangeGB())
                .containsExactly(new BigDecimal("0.0"), new BigDecimal("1.5"));
        assertThat(response.toString()).isEqualTo("PutItemResponse{attributes={h=0, a=old}, "
                + "ConsumedCapacity{tableName=Tbl, capacityUnits=1.0}, "
                + "ItemCollectionMetrics{itemCollectionKey={h=0}, sizeEstimateRangeGB=[0.0, 1.5]}}");
    }

    @Test
    void absentMembersAreNull() {
        transport.ok("{}");
        PutItemResponse response = connection.request(new PutItem("Tbl", Map.of("h", 0)));

        assertThat(response.attributes()).isNull();
        assertThat(response.consumedCapacity()).isNull();
        assertThat(response.itemCollectionMetrics()).isNull();
        assertThat(response).hasToString("PutItemResponse{attributes=null}");
    }

    @Test
    void aFailedConditionCarriesTheOldItemWhenAskedFor() {
        transport.respond(400, "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException\","
                + "\"message\":\"The conditional request failed\",\"Item\":{\"h\":{\"N\":\"0\"},\"a\":{\"S\":\"x\"}}}");

        assertThatThrownBy(() -> connection.request(new PutItem("Tbl", Map.of("h", 0))
                .conditionExpression("attribute_not_exists(h)")
                .returnValuesOnConditionCheckFailureAllOld()))
                .isInstanceOfSatisfying(ConditionalCheckFailedException.class, failure -> assertThat(failure.item())
                        .containsExactly(Map.entry("h", BigDecimal.ZERO), Map.entry("a", "x")));
    }

    @Test
    void aMissingTableNameFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new PutItem().item(Map.of("h", 0))))
                .isInstanceOf(BuilderException.class)
                .hasMessage("PutItem needs TableName, which is not set. "
                        + "Set it with new PutItem(tableName, item) or .tableName(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aMissingItemFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new PutItem().tableName("Tbl")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("PutItem needs Item, which is not set. Set it with new PutItem(tableName, item) or .item(...)");
        assertThatThrownBy(() -> connection.request(new PutItem("Tbl", Map.of())))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("PutItem needs Item");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aValueWithNoDynamoDbFormInAnExpectationFailsNamingItsPath() {
        assertThatThrownBy(() -> connection.request(new PutItem("Tbl", Map.of("h", 0))
                .expected("a", ExpectedAttributeValue.of(ComparisonOperator.IN, 1, new Object()))))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("Attribute Expected.a.AttributeValueList[1] is a java.lang.Object");
        assertThat(transport.requests()).isEmpty();
    }
}
