package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.Item;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BatchGetItemTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new BatchGetItem()
                .table("Tbl1").keys(Map.of("h", 0))
                .attributesToGet("a", "b")
                .consistentRead(true)
                .table("Tbl2").keys(Map.of("x", 42))
                .projectionExpression("x, #y")
                .expressionAttributeName("#y", "y")
                .consistentRead(false)
                .returnConsumedCapacityIndexes());

        assertThat(transport.lastBody()).isEqualTo("{\"RequestItems\":{"
                + "\"Tbl1\":{\"Keys\":[{\"h\":{\"N\":\"0\"}}],\"AttributesToGet\":[\"a\",\"b\"],\"ConsistentRead\":true},"
                + "\"Tbl2\":{\"Keys\":[{\"x\":{\"N\":\"42\"}}],\"ConsistentRead\":false,"
                + "\"ProjectionExpression\":\"x, #y\",\"ExpressionAttributeNames\":{\"#y\":\"y\"}}},"
                + "\"ReturnConsumedCapacity\":\"INDEXES\"}");
        assertThat(transport.lastRequest().headers())
                .containsEntry("X-Amz-Target", "DynamoDB_20120810.BatchGetItem");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new BatchGetItem().table("Tbl").keys(Map.of("h", "a")));

        assertThat(transport.lastBody()).isEqualTo("{\"RequestItems\":{\"Tbl\":{\"Keys\":[{\"h\":{\"S\":\"a\"}}]}}}");
    }

    @Test
    void keysFromArraysIterablesAndStreamsAddUpInOrder() {
        transport.ok("{}");
        connection.request(new BatchGetItem().table("Tbl")
                .keys(Map.of("h", 1), Map.of("h", 2))
                .keys(List.of(Map.of("h", 3), Map.of("h", 4)))
                .keys(Stream.of(Map.of("h", 5))));

        assertThat(transport.lastBody()).isEqualTo("{\"RequestItems\":{\"Tbl\":{\"Keys\":[{\"h\":{\"N\":\"1\"}},"
                + "{\"h\":{\"N\":\"2\"}},{\"h\":{\"N\":\"3\"}},{\"h\":{\"N\":\"4\"}},{\"h\":{\"N\":\"5\"}}]}}}");
    }

    @Test
    void namingATableAgainAddsToItAndKeepsTheFirstOrder() {
        transport.ok("{}");
        connection.request(new BatchGetItem()
                .table("B").keys(Map.of("h", 1))
                .table("A").keys(Map.of("h", 2))
                .table("B").keys(Map.of("h", 3)).projectionExpression("h"));

        assertThat(transport.lastBody()).isEqualTo("{\"RequestItems\":{"
                + "\"B\":{\"Keys\":[{\"h\":{\"N\":\"1\"}},{\"h\":{\"N\":\"3\"}}],\"ProjectionExpression\":\"h\"},"
                + "\"A\":{\"Keys\":[{\"h\":{\"N\":\"2\"}}]}}}");
    }

    @Test
    void attributesToGetAndPlaceholdersAddUp() {
        transport.ok("{}");
        connection.request(new BatchGetItem().table("Tbl").keys(Map.of("h", 1))
                .attributesToGet("a").attributesToGet(List.of("b")).attributesToGet(Stream.of("c"))
                .expressionAttributeName("#a", "a").expressionAttributeNames(Map.of("#b", "b")));

        assertThat(transport.lastBody()).isEqualTo("{\"RequestItems\":{\"Tbl\":{\"Keys\":[{\"h\":{\"N\":\"1\"}}],"
                + "\"AttributesToGet\":[\"a\",\"b\",\"c\"],"
                + "\"ExpressionAttributeNames\":{\"#a\":\"a\",\"#b\":\"b\"}}}}");
    }

    @Test
    void keysAreCopiedWhenAdded() {
        transport.ok("{}");
        Map<String, Object> key = new LinkedHashMap<>(Map.of("h", 1));
        BatchGetItem action = new BatchGetItem().table("Tbl").keys(key);
        key.put("h", 2);
        connection.request(action);

        assertThat(transport.lastBody()).contains("{\"h\":{\"N\":\"1\"}}");
    }

    @Test
    void returnConsumedCapacityHasANamedMethodPerConstant() {
        assertThat(bodyWith(BatchGetItem::returnConsumedCapacityTotal))
                .endsWith(",\"ReturnConsumedCapacity\":\"TOTAL\"}");
        assertThat(bodyWith(BatchGetItem::returnConsumedCapacityNone))
                .endsWith(",\"ReturnConsumedCapacity\":\"NONE\"}");
        assertThat(bodyWith(action -> action.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)))
                .endsWith(",\"ReturnConsumedCapacity\":\"INDEXES\"}");
    }

    private String bodyWith(Consumer<BatchGetItem> setter) {
        BatchGetItem action = new BatchGetItem().table("Tbl").keys(Map.of("h", 1));
        setter.accept(action);
        transport.ok("{}");
        connection.request(action);
        return transport.lastBody();
    }

    @Test
    void perTableSettersBeforeAnyTableThrow() {
        List<Consumer<BatchGetItem>> setters = List.of(
                action -> action.keys(Map.of("h", 1)),
                action -> action.keys(List.of(Map.of("h", 1))),
                action -> action.keys(Stream.of(Map.of("h", 1))),
                action -> action.consistentRead(true),
                action -> action.projectionExpression("a"),
                action -> action.expressionAttributeName("#a", "a"),
                action -> action.expressionAttributeNames(Map.of("#a", "a")),
                action -> action.attributesToGet("a"),
                action -> action.attributesToGet(List.of("a")),
                action -> action.attributesToGet(Stream.of("a")));
        for (Consumer<BatchGetItem> setter : setters) {
            assertThatThrownBy(() -> setter.accept(new BatchGetItem()))
                    .isInstanceOf(BuilderException.class)
                    .hasMessageContaining("call .table(name) first");
        }
        assertThatThrownBy(() -> new BatchGetItem().keys(Map.of("h", 1)))
                .hasMessage("BatchGetItem.keys(...) applies to the table named last, and no table is named yet:"
                        + " call .table(name) first, such as new BatchGetItem().table(\"Orders\").keys(...)");
    }

    @Test
    void anEmptyBatchFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new BatchGetItem()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("BatchGetItem needs RequestItems, which is not set. Set it with .table(name).keys(key...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aTableWithoutKeysFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new BatchGetItem()
                .table("Tbl1").keys(Map.of("h", 1))
                .table("Tbl2").projectionExpression("a")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("BatchGetItem needs Keys for table Tbl2, which is not set."
                        + " Set it with .table(\"Tbl2\").keys(key...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aKeyWithNoDynamoDbFormNamesItsPath() {
        assertThatThrownBy(() -> connection.request(new BatchGetItem().table("Tbl")
                .keys(Map.of("h", 1), Map.of("h", Double.NaN))))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("Attribute RequestItems.Tbl.Keys[1].h is NaN");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void nullKeysAreRefused() {
        BatchGetItem action = new BatchGetItem().table("Tbl");
        Map<String, Object> missing = null;
        assertThatThrownBy(() -> action.keys(Map.of("h", 1), missing))
                .isInstanceOf(NullPointerException.class).hasMessage("keys must not hold null");
        assertThatThrownBy(() -> action.table(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void readsEveryResponseMember() {
        transport.ok("{\"Responses\":{\"Tbl1\":[{\"h\":{\"N\":\"0\"},\"a\":{\"S\":\"x\"}},{\"h\":{\"N\":\"1\"}}],"
                + "\"Tbl2\":[]},"
                + "\"UnprocessedKeys\":{\"Tbl2\":{\"Keys\":[{\"x\":{\"N\":\"42\"}}],\"AttributesToGet\":[\"a\"],"
                + "\"ConsistentRead\":true,\"ProjectionExpression\":\"x, #y\","
                + "\"ExpressionAttributeNames\":{\"#y\":\"y\"},"
                + "\"Later\":1}},"
                + "\"ConsumedCapacity\":[{\"TableName\":\"Tbl1\",\"CapacityUnits\":1.5},"
                + "{\"TableName\":\"Tbl2\",\"CapacityUnits\":0.5}],"
                + "\"Future\":{\"a\":[1,2]}}");

        BatchGetItemResponse response = connection.request(new BatchGetItem().table("Tbl1").keys(Map.of("h", 0)));

        assertThat(response.responses()).containsOnlyKeys("Tbl1", "Tbl2");
        assertThat(response.items("Tbl1")).isEqualTo(List.of(
                Map.of("h", BigDecimal.ZERO, "a", "x"), Map.of("h", BigDecimal.ONE)));
        assertThat(response.items("Tbl2")).isEmpty();
        assertThat(response.items("Tbl3")).isEmpty();
        assertThat(response.hasUnprocessedKeys()).isTrue();
        KeysAndAttributes unprocessed = response.unprocessedKeys().get("Tbl2");
        assertThat(unprocessed.keys()).isEqualTo(List.of(Map.of("x", new BigDecimal("42"))));
        assertThat(unprocessed.attributesToGet()).containsExactly("a");
        assertThat(unprocessed.consistentRead()).isTrue();
        assertThat(unprocessed.projectionExpression()).isEqualTo("x, #y");
        assertThat(unprocessed.expressionAttributeNames()).isEqualTo(Map.of("#y", "y"));
        assertThat(response.consumedCapacity()).extracting(ConsumedCapacity::tableName).containsExactly("Tbl1", "Tbl2");
        assertThat(response.consumedCapacity().get(0).capacityUnits()).isEqualByComparingTo("1.5");
        assertThat(response.toString()).contains("unprocessedKeys={Tbl2=KeysAndAttributes{keys=[{x=42}]");
    }

    @Test
    void anEmptyResponseHasEmptyMembers() {
        transport.ok("{\"Responses\":{},\"UnprocessedKeys\":{}}");

        BatchGetItemResponse response = connection.request(new BatchGetItem().table("Tbl").keys(Map.of("h", 0)));

        assertThat(response.responses()).isEmpty();
        assertThat(response.unprocessedKeys()).isEmpty();
        assertThat(response.hasUnprocessedKeys()).isFalse();
        assertThat(response.consumedCapacity()).isEmpty();
        assertThat(response.toString()).isEqualTo("BatchGetItemResponse{responses={}}");
    }

    @Test
    void retryOfRequestsExactlyTheUnprocessedKeys() {
        BatchGetItem original = new BatchGetItem()
                .table("Tbl1").keys(Map.of("h", 0), Map.of("h", 1)).consistentRead(true)
                .table("Tbl2").keys(Map.of("x", 42), Map.of("x", 43)).projectionExpression("x, #y")
                .expressionAttributeName("#y", "y")
                .table("Tbl3").keys(Map.of("k", "a"))
                .returnConsumedCapacityTotal();
        transport.ok("{\"Responses\":{\"Tbl3\":[{\"k\":{\"S\":\"a\"}}]},\"UnprocessedKeys\":{"
                + "\"Tbl2\":{\"Keys\":[{\"x\":{\"N\":\"43\"}}],\"ProjectionExpression\":\"x, #y\","
                + "\"ExpressionAttributeNames\":{\"#y\":\"y\"}},"
                + "\"Tbl1\":{\"Keys\":[{\"h\":{\"N\":\"1\"}},{\"h\":{\"B\":\"AQI=\"}}],\"ConsistentRead\":true}}}");
        BatchGetItemResponse response = connection.request(original);
        transport.ok("{}");

        connection.request(original.retryOf(response));

        assertThat(transport.lastBody()).isEqualTo("{\"RequestItems\":{"
                + "\"Tbl2\":{\"Keys\":[{\"x\":{\"N\":\"43\"}}],\"ProjectionExpression\":\"x, #y\","
                + "\"ExpressionAttributeNames\":{\"#y\":\"y\"}},"
                + "\"Tbl1\":{\"Keys\":[{\"h\":{\"N\":\"1\"}},{\"h\":{\"B\":\"AQI=\"}}],\"ConsistentRead\":true}},"
                + "\"ReturnConsumedCapacity\":\"TOTAL\"}");
        assertThat(response.unprocessedKeys().get("Tbl1").keys().get(1).get("h"))
                .isEqualTo(ByteBuffer.wrap(new byte[] {1, 2}));
    }

    @Test
    void retryOfTakesPerTableMembersFromTheOriginalWhenTheResponseOmitsThem() {
        BatchGetItem original = new BatchGetItem()
                .table("Tbl").keys(Map.of("h", 0), Map.of("h", 1)).consistentRead(true).attributesToGet("h", "a")
                .projectionExpression("#h").expressionAttributeName("#h", "h");
        transport.ok("{\"UnprocessedKeys\":{\"Tbl\":{\"Keys\":[{\"h\":{\"N\":\"1\"}}]}}}");
        BatchGetItemResponse response = connection.request(original);
        transport.ok("{}");

        connection.request(original.retryOf(response));

        assertThat(transport.lastBody()).isEqualTo("{\"RequestItems\":{\"Tbl\":{\"Keys\":[{\"h\":{\"N\":\"1\"}}],"
                + "\"AttributesToGet\":[\"h\",\"a\"],\"ConsistentRead\":true,\"ProjectionExpression\":\"#h\","
                + "\"ExpressionAttributeNames\":{\"#h\":\"h\"}}}}");
    }

    @Test
    void retryOfNothingUnprocessedIsAnEmptyBatchThatFailsBeforeSending() {
        BatchGetItem original = new BatchGetItem().table("Tbl").keys(Map.of("h", 0));
        transport.ok("{\"Responses\":{\"Tbl\":[]},\"UnprocessedKeys\":{}}");
        BatchGetItem retry = original.retryOf(connection.request(original));

        assertThatThrownBy(() -> connection.request(retry)).isInstanceOf(BuilderException.class);
        assertThat(transport.requests()).hasSize(1);
    }

    @Test
    void retryOfLeavesTheOriginalUnchanged() {
        BatchGetItem original = new BatchGetItem().table("Tbl").keys(Map.of("h", 0), Map.of("h", 1));
        transport.ok("{\"UnprocessedKeys\":{\"Tbl\":{\"Keys\":[{\"h\":{\"N\":\"1\"}}]}}}");
        BatchGetItemResponse response = connection.request(original);
        String first = transport.lastBody();
        original.retryOf(response);
        transport.ok("{}");

        connection.request(original);

        assertThat(transport.lastBody()).isEqualTo(first);
    }

    @Test
    void keysAndAttributesAreValuesWithAShortToString() {
        transport.ok("{\"UnprocessedKeys\":{\"A\":{\"Keys\":[{\"h\":{\"N\":\"1\"}}]},"
                + "\"B\":{\"Keys\":[{\"h\":{\"N\":\"1\"}}]},\"C\":{\"Keys\":[{\"h\":{\"N\":\"2\"}}]}}}");
        Map<String, KeysAndAttributes> unprocessed = connection.request(new BatchGetItem().table("A")
                .keys(Map.of("h", 1))).unprocessedKeys();

        assertThat(unprocessed.get("A")).isEqualTo(unprocessed.get("B")).hasSameHashCodeAs(unprocessed.get("B"))
                .isNotEqualTo(unprocessed.get("C"));
        assertThat(unprocessed.get("A").consistentRead()).isNull();
        assertThat(unprocessed.get("A").projectionExpression()).isNull();
        assertThat(unprocessed.get("A")).hasToString("KeysAndAttributes{keys=[{h=1}]}");
        assertThat(unprocessed.get("A").keys().get(0)).isInstanceOf(Item.class);
    }
}
