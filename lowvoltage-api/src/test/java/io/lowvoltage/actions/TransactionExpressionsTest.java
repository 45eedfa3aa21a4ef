package io.lowvoltage.actions;

import static io.lowvoltage.expressions.Expressions.attribute;
import static io.lowvoltage.expressions.Expressions.projection;
import static io.lowvoltage.expressions.Expressions.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Transactions take expression builders too, each element with placeholders of its own. */
class TransactionExpressionsTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writeElementsRenderTheirBuildersBesideHandSetPlaceholders() {
        transport.ok("{}");
        connection.request(new TransactWriteItems()
                .update("Tbl", Map.of("h", 1)).updateExpression(set("a", 5))
                .conditionExpression(attribute("v").eq(3)).expressionAttributeName("#x", "x")
                .conditionCheck("Tbl", Map.of("h", 2)).conditionExpression(attribute("h").exists())
                .clientRequestToken("token"));

        assertThat(transport.lastBody()).isEqualTo("{\"TransactItems\":["
                + "{\"Update\":{\"Key\":{\"h\":{\"N\":\"1\"}},\"UpdateExpression\":\"SET #_0 = :_0\","
                + "\"TableName\":\"Tbl\",\"ConditionExpression\":\"#_1 = :_1\","
                + "\"ExpressionAttributeNames\":{\"#x\":\"x\",\"#_0\":\"a\",\"#_1\":\"v\"},"
                + "\"ExpressionAttributeValues\":{\":_0\":{\"N\":\"5\"},\":_1\":{\"N\":\"3\"}}}},"
                + "{\"ConditionCheck\":{\"Key\":{\"h\":{\"N\":\"2\"}},\"TableName\":\"Tbl\","
                + "\"ConditionExpression\":\"attribute_exists(#_0)\",\"ExpressionAttributeNames\":{\"#_0\":\"h\"}}}],"
                + "\"ClientRequestToken\":\"token\"}");
    }

    @Test
    void theLastFormSetWins() {
        transport.ok("{}");
        connection.request(new TransactWriteItems()
                .update("Tbl", Map.of("h", 1)).updateExpression(set("a", 5)).updateExpression("REMOVE b"));

        assertThat(transport.lastBody()).contains("\"UpdateExpression\":\"REMOVE b\"").doesNotContain("#_0");
    }

    @Test
    void getElementsRenderTheirProjection() {
        transport.ok("{\"Responses\":[{}]}");
        connection.request(new TransactGetItems().get("Tbl", Map.of("h", 1)).projectionExpression(projection("a", "b.c")));

        assertThat(transport.lastBody()).isEqualTo("{\"TransactItems\":[{\"Get\":{\"Key\":{\"h\":{\"N\":\"1\"}},"
                + "\"TableName\":\"Tbl\",\"ProjectionExpression\":\"#_0, #_1.#_2\","
                + "\"ExpressionAttributeNames\":{\"#_0\":\"a\",\"#_1\":\"b\",\"#_2\":\"c\"}}}]}");
    }

    @Test
    void anUpdateBuilderOnAnotherKindOfElementFailsAtOnce() {
        assertThatThrownBy(() -> new TransactWriteItems().put("Tbl", Map.of("h", 1)).updateExpression(set("a", 1)))
                .isInstanceOf(BuilderException.class)
                .hasMessageContaining("applies to an update");
    }
}
