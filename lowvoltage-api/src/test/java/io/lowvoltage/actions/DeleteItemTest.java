package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeleteItemTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMemberInTheOrderOfTheModel() {
        transport.ok("{}");
        connection.request(new DeleteItem("Tbl", Map.of("h", 0, "r", "x"))
                .expected("a", ExpectedAttributeValue.equalTo(1))
                .conditionalOperatorAnd()
                .returnValuesAllOld()
                .returnConsumedCapacityIndexes()
                .returnItemCollectionMetricsSize()
                .conditionExpression("#b = :v")
                .expressionAttributeNames(Map.of("#b", "b"))
                .expressionAttributeValues(Map.of(":v", true))
                .returnValuesOnConditionCheckFailureAllOld());

        assertThat(transport.lastBody()).matches("\\{\"TableName\":\"Tbl\",\"Key\":\\{.*},"
                + "\"Expected\":\\{\"a\":\\{\"Value\":\\{\"N\":\"1\"}}},\"ConditionalOperator\":\"AND\","
                + "\"ReturnValues\":\"ALL_OLD\",\"ReturnConsumedCapacity\":\"INDEXES\","
                + "\"ReturnItemCollectionMetrics\":\"SIZE\",\"ConditionExpression\":\"#b = :v\","
                + "\"ExpressionAttributeNames\":\\{\"#b\":\"b\"},\"ExpressionAttributeValues\":\\{\":v\":\\{\"BOOL\":true}},"
                + "\"ReturnValuesOnConditionCheckFailure\":\"ALL_OLD\"}");
        assertThat(transport.lastBody()).contains("\"h\":{\"N\":\"0\"}", "\"r\":{\"S\":\"x\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target", "DynamoDB_20120810.DeleteItem");
    }

    @Test
    void writesOnlyTheTableAndKeyWhenNothingElseIsSet() {
        transport.ok("{}");
        connection.request(new DeleteItem().tableName("Tbl").key(Map.of("h", 0)));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"Key\":{\"h\":{\"N\":\"0\"}}}");
    }

    @Test
    void namedMethodsSetTheirConstants() {
        transport.ok("{}");
        connection.request(new DeleteItem("Tbl", Map.of("h", 0))
                .conditionalOperatorOr()
                .returnValuesNone()
                .returnConsumedCapacityTotal()
                .returnItemCollectionMetricsNone()
                .returnValuesOnConditionCheckFailureNone());

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"Key\":{\"h\":{\"N\":\"0\"}},"
                + "\"ConditionalOperator\":\"OR\",\"ReturnValues\":\"NONE\",\"ReturnConsumedCapacity\":\"TOTAL\","
                + "\"ReturnItemCollectionMetrics\":\"NONE\",\"ReturnValuesOnConditionCheckFailure\":\"NONE\"}");
    }

    @Test
    void enumSettersWriteTheirConstant() {
        transport.ok("{}");
        connection.request(new DeleteItem("Tbl", Map.of("h", 0))
                .conditionalOperator(ConditionalOperator.OR)
                .returnValues(ReturnValue.ALL_NEW)
                .returnConsumedCapacity(ReturnConsumedCapacity.NONE)
                .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"Key\":{\"h\":{\"N\":\"0\"}},"
                + "\"ConditionalOperator\":\"OR\",\"ReturnValues\":\"ALL_NEW\",\"ReturnConsumedCapacity\":\"NONE\","
                + "\"ReturnItemCollectionMetrics\":\"SIZE\",\"ReturnValuesOnConditionCheckFailure\":\"ALL_OLD\"}");
    }

    @Test
    void readsTheOldItemAndSkipsUnknownMembers() {
        transport.ok("{\"Attributes\":{\"h\":{\"N\":\"0\"},\"s\":{\"SS\":[\"a\"]}},\"Future\":\"x\","
                + "\"ItemCollectionMetrics\":{\"ItemCollectionKey\":{\"h\":{\"N\":\"0\"}}}}");

        DeleteItemResponse response = connection.request(new DeleteItem("Tbl", Map.of("h", 0)).returnValuesAllOld());

        assertThat(response.attributes().getStringSet("s")).containsExactly("a");
        assertThat(response.attributes().getNumber("h")).isEqualByComparingTo("0");
        assertThat(response.consumedCapacity()).isNull();
        assertThat(response.itemCollectionMetrics().sizeEstimateRangeGB()).isEmpty();
        assertThat(response.toString()).startsWith("DeleteItemResponse{attributes={h=0, s=[a]}, ItemCollectionMetrics{");
    }

    @Test
    void noAttributesAreNull() {
        transport.ok("{\"ConsumedCapacity\":{\"TableName\":\"Tbl\",\"CapacityUnits\":1}}");

        DeleteItemResponse response = connection.request(new DeleteItem("Tbl", Map.of("h", 0)));

        assertThat(response.attributes()).isNull();
        assertThat(response.consumedCapacity().capacityUnits()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(response.itemCollectionMetrics()).isNull();
    }

    @Test
    void aMissingTableNameOrKeyFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new DeleteItem().key(Map.of("h", 0))))
                .isInstanceOf(BuilderException.class)
                .hasMessage("DeleteItem needs TableName, which is not set. "
                        + "Set it with new DeleteItem(tableName, key) or .tableName(...)");
        assertThatThrownBy(() -> connection.request(new DeleteItem().tableName("Tbl")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("DeleteItem needs Key, which is not set. Set it with new DeleteItem(tableName, key) or .key(...)");
        assertThat(transport.requests()).isEmpty();
    }
}
