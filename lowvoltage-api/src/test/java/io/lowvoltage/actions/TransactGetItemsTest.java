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

class TransactGetItemsTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new TransactGetItems()
                .get("Tbl", Map.of("h", 1)).projectionExpression("#a, b").expressionAttributeName("#a", "a")
                .expressionAttributeNames(Map.of("#c", "c"))
                .get("Tbl2", Map.of("h", "x"))
                .returnConsumedCapacityIndexes());

        assertThat(transport.lastBody()).isEqualTo("{\"TransactItems\":["
                + "{\"Get\":{\"Key\":{\"h\":{\"N\":\"1\"}},\"TableName\":\"Tbl\",\"ProjectionExpression\":\"#a, b\","
                + "\"ExpressionAttributeNames\":{\"#a\":\"a\",\"#c\":\"c\"}}},"
                + "{\"Get\":{\"Key\":{\"h\":{\"S\":\"x\"}},\"TableName\":\"Tbl2\"}}],"
                + "\"ReturnConsumedCapacity\":\"INDEXES\"}");
        assertThat(transport.lastRequest().headers())
                .containsEntry("X-Amz-Target", "DynamoDB_20120810.TransactGetItems");
    }

    @Test
    void writesTheMinimalRequestAndTheCapacitySetters() {
        transport.ok("{}").ok("{}").ok("{}").ok("{}");
        connection.request(new TransactGetItems().get("Tbl", Map.of("h", 1)));
        assertThat(transport.lastBody())
                .isEqualTo("{\"TransactItems\":[{\"Get\":{\"Key\":{\"h\":{\"N\":\"1\"}},\"TableName\":\"Tbl\"}}]}");
        connection.request(new TransactGetItems().get("Tbl", Map.of("h", 1)).returnConsumedCapacityTotal());
        assertThat(transport.lastBody()).endsWith(",\"ReturnConsumedCapacity\":\"TOTAL\"}");
        connection.request(new TransactGetItems().get("Tbl", Map.of("h", 1)).returnConsumedCapacityNone());
        assertThat(transport.lastBody()).endsWith(",\"ReturnConsumedCapacity\":\"NONE\"}");
        connection.request(new TransactGetItems().get("Tbl", Map.of("h", 1))
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES));
        assertThat(transport.lastBody()).endsWith(",\"ReturnConsumedCapacity\":\"INDEXES\"}");
    }

    @Test
    void readsOneEntryPerItemInOrderWithNullForItemsNotFound() {
        transport.ok("{\"ConsumedCapacity\":[{\"TableName\":\"Tbl\",\"CapacityUnits\":4.0,\"ReadCapacityUnits\":4.0}],"
                + "\"Responses\":[{\"Item\":{\"h\":{\"N\":\"1\"},\"a\":{\"S\":\"x\"}}},{},"
                + "{\"Item\":{\"h\":{\"N\":\"3\"}},\"Future\":1}],\"Unknown\":{\"a\":[]}}");

        TransactGetItemsResponse response = connection.request(new TransactGetItems()
                .get("Tbl", Map.of("h", 1)).get("Tbl", Map.of("h", 2)).get("Tbl", Map.of("h", 3)));

        assertThat(response.responses()).hasSize(3);
        assertThat(response.responses().get(0)).containsEntry("a", "x");
        assertThat(response.responses().get(1)).isNull();
        assertThat(response.responses().get(2)).containsEntry("h", new BigDecimal("3"));
        assertThat(response.consumedCapacity()).singleElement()
                .satisfies(c -> assertThat(c.readCapacityUnits()).isEqualByComparingTo("4"));
        assertThat(response.toString()).startsWith("TransactGetItemsResponse{responses=[{h=1, a=x}, null, {h=3}]");
    }

    @Test
    void anEmptyResponseHasEmptyLists() {
        transport.ok("{}");
        TransactGetItemsResponse response = connection.request(new TransactGetItems().get("Tbl", Map.of("h", 1)));
        assertThat(response.responses()).isEmpty();
        assertThat(response.consumedCapacity()).isEmpty();
    }

    @Test
    void aPerItemSetterBeforeAnyItemNamesWhatToCallFirst() {
        assertThatThrownBy(() -> new TransactGetItems().projectionExpression("a"))
                .isInstanceOf(BuilderException.class)
                .hasMessage("TransactGetItems.projectionExpression(...) applies to the element of TransactItems added"
                        + " last, and none is added yet: call .get(tableName, key) first");
        assertThatThrownBy(() -> new TransactGetItems().expressionAttributeName("#a", "a"))
                .isInstanceOf(BuilderException.class);
        assertThatThrownBy(() -> new TransactGetItems().expressionAttributeNames(Map.of("#a", "a")))
                .isInstanceOf(BuilderException.class);
    }

    @Test
    void noItemOrMoreThanOneHundredFailBeforeSending() {
        assertThatThrownBy(() -> connection.request(new TransactGetItems()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("TransactGetItems needs TransactItems, which is not set. Set it with .get(tableName, key)");
        TransactGetItems tooMany = new TransactGetItems();
        for (int i = 0; i < 101; i++) {
            tooMany.get("Tbl", Map.of("h", i));
        }
        assertThatThrownBy(() -> connection.request(tooMany))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("TransactGetItems takes at most 100 elements in TransactItems, and 101 are added");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void oneHundredItemsAreSent() {
        transport.ok("{}");
        TransactGetItems hundred = new TransactGetItems();
        for (int i = 0; i < 100; i++) {
            hundred.get("Tbl", Map.of("h", i));
        }
        connection.request(hundred);
        assertThat(transport.requests()).hasSize(1);
    }
}
