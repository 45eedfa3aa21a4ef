package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UpdateItemTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMemberInTheOrderOfTheModel() {
        transport.ok("{}");
        connection.request(new UpdateItem("Tbl", Map.of("h", 0))
                .attributeUpdate("b", AttributeValueUpdate.put(1))
                .expected("a", ExpectedAttributeValue.exists(false))
                .conditionalOperatorOr()
                .returnValuesUpdatedNew()
                .returnConsumedCapacityTotal()
                .returnItemCollectionMetricsSize()
                .updateExpression("SET #a = :v")
                .conditionExpression("attribute_exists(h)")
                .expressionAttributeName("#a", "a")
                .expressionAttributeValue(":v", 42)
                .returnValuesOnConditionCheckFailureAllOld());

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"Key\":{\"h\":{\"N\":\"0\"}},"
                + "\"AttributeUpdates\":{\"b\":{\"Value\":{\"N\":\"1\"},\"Action\":\"PUT\"}},"
                + "\"Expected\":{\"a\":{\"Exists\":false}},\"ConditionalOperator\":\"OR\","
                + "\"ReturnValues\":\"UPDATED_NEW\",\"ReturnConsumedCapacity\":\"TOTAL\","
                + "\"ReturnItemCollectionMetrics\":\"SIZE\",\"UpdateExpression\":\"SET #a = :v\","
                + "\"ConditionExpression\":\"attribute_exists(h)\",\"ExpressionAttributeNames\":{\"#a\":\"a\"},"
                + "\"ExpressionAttributeValues\":{\":v\":{\"N\":\"42\"}},"
                + "\"ReturnValuesOnConditionCheckFailure\":\"ALL_OLD\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target", "DynamoDB_20120810.UpdateItem");
    }

    @Test
    void writesOnlyTheTableAndKeyWhenNothingElseIsSet() {
        transport.ok("{}");
        connection.request(new UpdateItem().tableName("Tbl").key(Map.of("h", "k")));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"Key\":{\"h\":{\"S\":\"k\"}}}");
    }

    @Test
    void everyReturnValueHasANamedMethod() {
        Map<String, UpdateItem> byConstant = new LinkedHashMap<>();
        byConstant.put("NONE", new UpdateItem("Tbl", Map.of("h", 0)).returnValuesNone());
        byConstant.put("ALL_OLD", new UpdateItem("Tbl", Map.of("h", 0)).returnValuesAllOld());
        byConstant.put("UPDATED_OLD", new UpdateItem("Tbl", Map.of("h", 0)).returnValuesUpdatedOld());
        byConstant.put("ALL_NEW", new UpdateItem("Tbl", Map.of("h", 0)).returnValuesAllNew());
        byConstant.put("UPDATED_NEW", new UpdateItem("Tbl", Map.of("h", 0)).returnValues(ReturnValue.UPDATED_NEW));
        byConstant.forEach((constant, update) -> {
            transport.ok("{}");
            connection.request(update);
            assertThat(transport.lastBody()).endsWith(",\"ReturnValues\":\"" + constant + "\"}");
        });
    }

    @Test
    void otherNamedMethodsSetTheirConstants() {
        transport.ok("{}");
        connection.request(new UpdateItem("Tbl", Map.of("h", 0))
                .conditionalOperatorAnd()
                .returnConsumedCapacityIndexes()
                .returnConsumedCapacityNone()
                .returnItemCollectionMetricsNone()
                .returnValuesOnConditionCheckFailureNone());

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"Key\":{\"h\":{\"N\":\"0\"}},"
                + "\"ConditionalOperator\":\"AND\",\"ReturnConsumedCapacity\":\"NONE\","
                + "\"ReturnItemCollectionMetrics\":\"NONE\",\"ReturnValuesOnConditionCheckFailure\":\"NONE\"}");
    }

    @Test
    void writesEveryKindOfLegacyAttributeUpdate() {
        Map<String, AttributeValueUpdate> more = new LinkedHashMap<>();
        more.put("d", AttributeValueUpdate.delete(Set.of("x")));
        more.put("e", AttributeValueUpdate.of(AttributeAction.PUT, null));
        transport.ok("{}");
        connection.request(new UpdateItem("Tbl", Map.of("h", 0))
                .attributeUpdate("a", AttributeValueUpdate.add(1))
                .attributeUpdate("c", AttributeValueUpdate.delete())
                .attributeUpdates(more)
                .conditionalOperator(ConditionalOperator.AND)
                .expected("a", ExpectedAttributeValue.of(ComparisonOperator.BETWEEN, 1, 10)));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"Key\":{\"h\":{\"N\":\"0\"}},"
                + "\"AttributeUpdates\":{\"a\":{\"Value\":{\"N\":\"1\"},\"Action\":\"ADD\"},"
                + "\"c\":{\"Action\":\"DELETE\"},\"d\":{\"Value\":{\"SS\":[\"x\"]},\"Action\":\"DELETE\"},"
                + "\"e\":{\"Value\":{\"NULL\":true},\"Action\":\"PUT\"}},"
                + "\"Expected\":{\"a\":{\"ComparisonOperator\":\"BETWEEN\","
                + "\"AttributeValueList\":[{\"N\":\"1\"},{\"N\":\"10\"}]}},\"ConditionalOperator\":\"AND\"}");
    }

    @Test
    void readsTheNewAttributes() {
        transport.ok("{\"Attributes\":{\"a\":{\"N\":\"12345678901234567890123456789012345678\"}},"
                + "\"ConsumedCapacity\":{\"TableName\":\"Tbl\",\"CapacityUnits\":1,\"WriteCapacityUnits\":1},"
                + "\"Unknown\":[{}]}");

        UpdateItemResponse response = connection.request(new UpdateItem("Tbl", Map.of("h", 0)).returnValuesUpdatedNew());

        assertThat(response.attributes().getNumber("a"))
                .isEqualTo(new BigDecimal("12345678901234567890123456789012345678"));
        assertThat(response.consumedCapacity().writeCapacityUnits()).isEqualByComparingTo("1");
        assertThat(response.itemCollectionMetrics()).isNull();
        assertThat(response.toString()).startsWith("UpdateItemResponse{attributes={a=1234");
    }

    @Test
    void noAttributesAreNull() {
        transport.ok("{}");
        assertThat(connection.request(new UpdateItem("Tbl", Map.of("h", 0))).attributes()).isNull();
    }

    @Test
    void aValueWithNoDynamoDbFormInAnAttributeUpdateFailsNamingItsPath() {
        assertThatThrownBy(() -> connection.request(new UpdateItem("Tbl", Map.of("h", 0))
                .attributeUpdate("a", AttributeValueUpdate.put(Double.NaN))))
                .isInstanceOf(BuilderException.class)
                .hasMessageContaining("AttributeUpdates.a.Value");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aMissingTableNameOrKeyFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new UpdateItem().key(Map.of("h", 0))))
                .isInstanceOf(BuilderException.class)
                .hasMessage("UpdateItem needs TableName, which is not set. "
                        + "Set it with new UpdateItem(tableName, key) or .tableName(...)");
        assertThatThrownBy(() -> connection.request(new UpdateItem().tableName("Tbl")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("UpdateItem needs Key, which is not set. Set it with new UpdateItem(tableName, key) or .key(...)");
        assertThat(transport.requests()).isEmpty();
    }
}
