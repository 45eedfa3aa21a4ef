package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.exceptions.CancellationReason;
import io.lowvoltage.exceptions.TransactionCanceledException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransactWriteItemsTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMemberOfEveryKindOfElement() {
        transport.ok("{}");
        connection.request(new TransactWriteItems()
                .put("Tbl", Map.of("h", 1)).conditionExpression("attribute_not_exists(h)")
                .expressionAttributeName("#a", "a").returnValuesOnConditionCheckFailureNone()
                .update("Tbl", Map.of("h", 2)).updateExpression("SET a = :v").expressionAttributeValue(":v", 1)
                .expressionAttributeNames(Map.of("#b", "b")).expressionAttributeValues(Map.of(":w", "x"))
                .conditionExpression("#b = :w")
                .delete("Tbl2", Map.of("h", 3))
                .conditionCheck("Tbl", Map.of("h", 4)).conditionExpression("attribute_exists(h)")
                .returnValuesOnConditionCheckFailureAllOld()
                .clientRequestToken("token").returnConsumedCapacityTotal().returnItemCollectionMetricsSize());

        assertThat(transport.lastBody()).isEqualTo("{\"TransactItems\":["
                + "{\"Put\":{\"Item\":{\"h\":{\"N\":\"1\"}},\"TableName\":\"Tbl\","
                + "\"ConditionExpression\":\"attribute_not_exists(h)\",\"ExpressionAttributeNames\":{\"#a\":\"a\"},"
                + "\"ReturnValuesOnConditionCheckFailure\":\"NONE\"}},"
                + "{\"Update\":{\"Key\":{\"h\":{\"N\":\"2\"}},\"UpdateExpression\":\"SET a = :v\",\"TableName\":\"Tbl\","
                + "\"ConditionExpression\":\"#b = :w\",\"ExpressionAttributeNames\":{\"#b\":\"b\"},"
                + "\"ExpressionAttributeValues\":{\":v\":{\"N\":\"1\"},\":w\":{\"S\":\"x\"}}}},"
                + "{\"Delete\":{\"Key\":{\"h\":{\"N\":\"3\"}},\"TableName\":\"Tbl2\"}},"
                + "{\"ConditionCheck\":{\"Key\":{\"h\":{\"N\":\"4\"}},\"TableName\":\"Tbl\","
                + "\"ConditionExpression\":\"attribute_exists(h)\",\"ReturnValuesOnConditionCheckFailure\":\"ALL_OLD\"}}],"
                + "\"ReturnConsumedCapacity\":\"TOTAL\",\"ReturnItemCollectionMetrics\":\"SIZE\","
                + "\"ClientRequestToken\":\"token\"}");
        assertThat(transport.lastRequest().headers())
                .containsEntry("X-Amz-Target", "DynamoDB_20120810.TransactWriteItems");
    }

    @Test
    void withoutATokenEachRequestCallSendsANewRandomOne() {
        transport.ok("{}").ok("{}");
        TransactWriteItems action = new TransactWriteItems().delete("Tbl", Map.of("h", 1));
        connection.request(action);
        String first = transport.lastBody();
        connection.request(action);
        String second = transport.lastBody();

        assertThat(first).matches("\\{\"TransactItems\":\\[\\{\"Delete\":\\{\"Key\":\\{\"h\":\\{\"N\":\"1\"}},"
                + "\"TableName\":\"Tbl\"}}],\"ClientRequestToken\":\"[0-9a-f-]{36}\"}");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void theEnumSettersMatchTheNamedOnes() {
        transport.ok("{}").ok("{}").ok("{}");
        connection.request(new TransactWriteItems().put("Tbl", Map.of("h", 1)).clientRequestToken("t")
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .returnConsumedCapacityIndexes().returnItemCollectionMetricsNone());
        String named = transport.lastBody();
        connection.request(new TransactWriteItems().put("Tbl", Map.of("h", 1)).clientRequestToken("t")
                .returnValuesOnConditionCheckFailureAllOld()
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
                .returnItemCollectionMetrics(ReturnItemCollectionMetrics.NONE));
        assertThat(transport.lastBody()).isEqualTo(named).contains("\"ReturnConsumedCapacity\":\"INDEXES\"",
                "\"ReturnItemCollectionMetrics\":\"NONE\"", "\"ReturnValuesOnConditionCheckFailure\":\"ALL_OLD\"");
        connection.request(new TransactWriteItems().put("Tbl", Map.of("h", 1)).returnConsumedCapacityNone());
        assertThat(transport.lastBody()).contains("\"ReturnConsumedCapacity\":\"NONE\"");
    }

    @Test
    void readsConsumedCapacityAndItemCollectionMetrics() {
        transport.ok("{\"ConsumedCapacity\":[{\"TableName\":\"Tbl\",\"CapacityUnits\":4.0,\"WriteCapacityUnits\":4.0}],"
                + "\"ItemCollectionMetrics\":{\"Tbl\":[{\"ItemCollectionKey\":{\"h\":{\"N\":\"1\"}},"
                + "\"SizeEstimateRangeGB\":[0,1]}]},\"Future\":{\"x\":[1]}}");

        TransactWriteItemsResponse response = connection.request(new TransactWriteItems().delete("Tbl", Map.of("h", 1)));

        assertThat(response.consumedCapacity()).singleElement()
                .satisfies(c -> assertThat(c.writeCapacityUnits()).isEqualByComparingTo("4"));
        assertThat(response.itemCollectionMetrics().get("Tbl")).singleElement()
                .satisfies(m -> assertThat(m.itemCollectionKey()).containsEntry("h", BigDecimal.ONE));
        assertThat(response.toString()).contains("TransactWriteItemsResponse{consumedCapacity=");
    }

    @Test
    void anEmptyResponseHasEmptyListsAndMaps() {
        transport.ok("{}");
        TransactWriteItemsResponse response = connection.request(new TransactWriteItems().delete("Tbl", Map.of("h", 1)));
        assertThat(response.consumedCapacity()).isEmpty();
        assertThat(response.itemCollectionMetrics()).isEmpty();
    }

    @Test
    void aCancelledTransactionGivesItsReasonsInOrder() {
        transport.respond(400, "{\"__type\":\"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\","
                + "\"Message\":\"Transaction cancelled, please refer cancellation reasons for specific reasons"
                + " [None, ConditionalCheckFailed]\",\"CancellationReasons\":[{\"Code\":\"None\"},"
                + "{\"Code\":\"ConditionalCheckFailed\",\"Message\":\"The conditional request failed\","
                + "\"Item\":{\"h\":{\"N\":\"2\"},\"a\":{\"S\":\"old\"}}}]}");

        assertThatThrownBy(() -> connection.request(new TransactWriteItems()
                .put("Tbl", Map.of("h", 1))
                .conditionCheck("Tbl", Map.of("h", 2)).conditionExpression("attribute_not_exists(h)")
                .returnValuesOnConditionCheckFailureAllOld()))
                .isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
                    assertThat(e.cancellationReasons()).extracting(CancellationReason::code)
                            .containsExactly("None", "ConditionalCheckFailed");
                    assertThat(e.cancellationReasons().get(1).message()).isEqualTo("The conditional request failed");
                    assertThat(e.cancellationReasons().get(1).item()).containsEntry("a", "old");
                });
    }

    @Test
    void aPerItemSetterBeforeAnyItemNamesWhatToCallFirst() {
        assertThatThrownBy(() -> new TransactWriteItems().conditionExpression("x"))
                .isInstanceOf(BuilderException.class)
                .hasMessage("TransactWriteItems.conditionExpression(...) applies to the element of TransactItems added"
                        + " last, and none is added yet: call .put(tableName, item), .update(tableName, key),"
                        + " .delete(tableName, key) or .conditionCheck(tableName, key) first");
        assertThatThrownBy(() -> new TransactWriteItems().expressionAttributeValue(":v", 1))
                .isInstanceOf(BuilderException.class).hasMessageContaining("expressionAttributeValue(...)");
        assertThatThrownBy(() -> new TransactWriteItems().returnValuesOnConditionCheckFailureAllOld())
                .isInstanceOf(BuilderException.class).hasMessageContaining("returnValuesOnConditionCheckFailure(...)");
    }

    @Test
    void anUpdateExpressionAppliesOnlyToAnUpdate() {
        assertThatThrownBy(() -> new TransactWriteItems().put("Tbl", Map.of("h", 1)).updateExpression("SET a = :v"))
                .isInstanceOf(BuilderException.class)
                .hasMessage("TransactWriteItems.updateExpression(...) applies to an update, and the element added last"
                        + " is a put: call .update(tableName, key) first");
    }

    @Test
    void mandatoryMembersFailBeforeSending() {
        assertThatThrownBy(() -> connection.request(new TransactWriteItems()))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("TransactWriteItems needs TransactItems, which is not set. Set it with .put(");
        assertThatThrownBy(() -> connection.request(new TransactWriteItems().delete("Tbl", Map.of("h", 1))
                .update("Tbl", Map.of("h", 2))))
                .isInstanceOf(BuilderException.class)
                .hasMessage("TransactWriteItems needs UpdateExpression of TransactItems[1] (update), which is not"
                        + " set. Set it with .update(tableName, key).updateExpression(...)");
        assertThatThrownBy(() -> connection.request(new TransactWriteItems().conditionCheck("Tbl", Map.of("h", 2))))
                .isInstanceOf(BuilderException.class)
                .hasMessage("TransactWriteItems needs ConditionExpression of TransactItems[0] (conditionCheck),"
                        + " which is not set. Set it with .conditionCheck(tableName, key).conditionExpression(...)");
        assertThatThrownBy(() -> connection.request(new TransactWriteItems().delete("Tbl", Map.of())))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("TransactWriteItems needs Key of TransactItems[0] (delete)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void moreThanOneHundredItemsFailBeforeSending() {
        TransactWriteItems action = new TransactWriteItems();
        for (int i = 0; i <= 100; i++) {
            action.delete("Tbl", Map.of("h", i));
        }
        assertThatThrownBy(() -> connection.request(action))
                .isInstanceOf(BuilderException.class)
                .hasMessage("TransactWriteItems takes at most 100 elements in TransactItems, and 101 are added."
                        + " Split them over several requests");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void theItemIsCopiedAndMayHoldNull() {
        transport.ok("{}");
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("h", 1);
        item.put("n", null);
        TransactWriteItems action = new TransactWriteItems().put("Tbl", item).clientRequestToken("t");
        item.put("later", 2);
        connection.request(action);
        assertThat(transport.lastBody()).contains("\"Item\":{\"h\":{\"N\":\"1\"},\"n\":{\"NULL\":true}}");
    }

    @Test
    void aValueWithNoDynamoDbFormNamesItsPath() {
        assertThatThrownBy(() -> connection.request(new TransactWriteItems().delete("Tbl", Map.of("h", 1))
                .update("Tbl", Map.of("h", 2)).updateExpression("SET a = :v").expressionAttributeValue(":v", new Object())))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("Attribute TransactItems[1].Update.ExpressionAttributeValues.:v is a java.lang.Object");
    }
}
