package io.lowvoltage.actions;

import static io.lowvoltage.expressions.Expressions.attribute;
import static io.lowvoltage.expressions.Expressions.name;
import static io.lowvoltage.expressions.Expressions.partitionKey;
import static io.lowvoltage.expressions.Expressions.projection;
import static io.lowvoltage.expressions.Expressions.set;
import static io.lowvoltage.expressions.Expressions.sortKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every action that takes expressions, with builders: the exact request, placeholders shared per request. */
class ExpressionBuildersTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void getItemRendersItsProjectionAfterTheNamesSetByHand() {
        transport.ok("{}");
        connection.request(new GetItem("Tbl", Map.of("h", 0))
                .projectionExpression(projection("a.b", "c[1]"))
                .expressionAttributeName("#x", "x"));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"Key\":{\"h\":{\"N\":\"0\"}},"
                + "\"ProjectionExpression\":\"#_0.#_1, #_2[1]\","
                + "\"ExpressionAttributeNames\":{\"#x\":\"x\",\"#_0\":\"a\",\"#_1\":\"b\",\"#_2\":\"c\"}}");
    }

    @Test
    void batchGetItemRendersOneProjectionPerTable() {
        transport.ok("{}");
        connection.request(new BatchGetItem()
                .table("One").keys(Map.of("h", 1)).projectionExpression(projection("a"))
                .table("Two").keys(Map.of("h", 2)).projectionExpression(projection("b", "a")));

        assertThat(transport.lastBody()).isEqualTo("{\"RequestItems\":{"
                + "\"One\":{\"Keys\":[{\"h\":{\"N\":\"1\"}}],\"ProjectionExpression\":\"#_0\","
                + "\"ExpressionAttributeNames\":{\"#_0\":\"a\"}},"
                + "\"Two\":{\"Keys\":[{\"h\":{\"N\":\"2\"}}],\"ProjectionExpression\":\"#_0, #_1\","
                + "\"ExpressionAttributeNames\":{\"#_0\":\"b\",\"#_1\":\"a\"}}}}");
    }

    @Test
    void aBatchGetItemRetryReusesTheEchoedProjection() {
        BatchGetItem batch = new BatchGetItem().table("One").keys(Map.of("h", 1))
                .projectionExpression(projection("a"));
        transport.ok("{\"UnprocessedKeys\":{\"One\":{\"Keys\":[{\"h\":{\"N\":\"1\"}}],"
                + "\"ProjectionExpression\":\"#_0\",\"ExpressionAttributeNames\":{\"#_0\":\"a\"}}}}");
        transport.ok("{}");
        BatchGetItemResponse response = connection.request(batch);
        connection.request(batch.retryOf(response));

        assertThat(transport.lastBody()).isEqualTo("{\"RequestItems\":{\"One\":{\"Keys\":[{\"h\":{\"N\":\"1\"}}],"
                + "\"ProjectionExpression\":\"#_0\",\"ExpressionAttributeNames\":{\"#_0\":\"a\"}}}}");
    }

    @Test
    void putItemRendersItsCondition() {
        transport.ok("{}");
        connection.request(new PutItem("Tbl", Map.of("h", 0))
                .conditionExpression(attribute("h").notExists().or(attribute("v").lt(3))));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"Item\":{\"h\":{\"N\":\"0\"}},"
                + "\"ConditionExpression\":\"attribute_not_exists(#_0) OR #_1 < :_0\","
                + "\"ExpressionAttributeNames\":{\"#_0\":\"h\",\"#_1\":\"v\"},"
                + "\"ExpressionAttributeValues\":{\":_0\":{\"N\":\"3\"}}}");
    }

    @Test
    void deleteItemRendersItsConditionWithHandSetPlaceholders() {
        transport.ok("{}");
        connection.request(new DeleteItem("Tbl", Map.of("h", 0))
                .conditionExpression(name("status").eq("done"))
                .expressionAttributeValue(":unused", 1)
                .returnValuesAllOld());

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"Key\":{\"h\":{\"N\":\"0\"}},"
                + "\"ReturnValues\":\"ALL_OLD\",\"ConditionExpression\":\"#_0 = :_0\","
                + "\"ExpressionAttributeNames\":{\"#_0\":\"status\"},"
                + "\"ExpressionAttributeValues\":{\":unused\":{\"N\":\"1\"},\":_0\":{\"S\":\"done\"}}}");
    }

    @Test
    void updateItemSharesPlaceholdersBetweenUpdateAndCondition() {
        transport.ok("{}");
        connection.request(new UpdateItem("Tbl", Map.of("h", 0))
                .updateExpression(set("v", attribute("v").plus(1)).remove("old"))
                .conditionExpression(attribute("v").eq(3).and(attribute("old").exists()))
                .expressionAttributeName("#n", "n"));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"Key\":{\"h\":{\"N\":\"0\"}},"
                + "\"UpdateExpression\":\"SET #_0 = #_0 + :_0 REMOVE #_1\","
                + "\"ConditionExpression\":\"#_0 = :_1 AND attribute_exists(#_1)\","
                + "\"ExpressionAttributeNames\":{\"#n\":\"n\",\"#_0\":\"v\",\"#_1\":\"old\"},"
                + "\"ExpressionAttributeValues\":{\":_0\":{\"N\":\"1\"},\":_1\":{\"N\":\"3\"}}}");
    }

    @Test
    void queryRendersProjectionFilterAndKeyConditionTogether() {
        transport.ok("{}");
        connection.request(new Query("Tbl")
                .keyConditionExpression(partitionKey("h").eq(1).and(sortKey("r").beginsWith("x")))
                .filterExpression(attribute("a").gt(attribute("h")))
                .projectionExpression(projection("a", "r")));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\","
                + "\"ProjectionExpression\":\"#_0, #_1\",\"FilterExpression\":\"#_0 > #_2\","
                + "\"KeyConditionExpression\":\"#_2 = :_0 AND begins_with(#_1, :_1)\","
                + "\"ExpressionAttributeNames\":{\"#_0\":\"a\",\"#_1\":\"r\",\"#_2\":\"h\"},"
                + "\"ExpressionAttributeValues\":{\":_0\":{\"N\":\"1\"},\":_1\":{\"S\":\"x\"}}}");
    }

    @Test
    void scanRendersProjectionAndFilter() {
        transport.ok("{}");
        connection.request(new Scan("Tbl")
                .filterExpression(attribute("a").in(1, 2))
                .projectionExpression(projection("a")));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\","
                + "\"ProjectionExpression\":\"#_0\",\"FilterExpression\":\"#_0 IN (:_0, :_1)\","
                + "\"ExpressionAttributeNames\":{\"#_0\":\"a\"},"
                + "\"ExpressionAttributeValues\":{\":_0\":{\"N\":\"1\"},\":_1\":{\"N\":\"2\"}}}");
    }

    @Test
    void aBuilderMixesWithRawStringsOfOtherMembers() {
        transport.ok("{}");
        connection.request(new UpdateItem("Tbl", Map.of("h", 0))
                .updateExpression("SET #a = :a")
                .expressionAttributeName("#a", "a")
                .expressionAttributeValue(":a", 1)
                .conditionExpression(attribute("a").ne(2)));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"Key\":{\"h\":{\"N\":\"0\"}},"
                + "\"UpdateExpression\":\"SET #a = :a\",\"ConditionExpression\":\"#_0 <> :_0\","
                + "\"ExpressionAttributeNames\":{\"#a\":\"a\",\"#_0\":\"a\"},"
                + "\"ExpressionAttributeValues\":{\":a\":{\"N\":\"1\"},\":_0\":{\"N\":\"2\"}}}");
    }

    @Test
    void theMemberSetLastWinsBetweenStringAndBuilder() {
        transport.ok("{}");
        transport.ok("{}");
        connection.request(new Scan("Tbl").filterExpression(attribute("a").eq(1)).filterExpression("#b = :b")
                .expressionAttributeName("#b", "b").expressionAttributeValue(":b", 2));
        assertThat(transport.lastBody()).contains("\"FilterExpression\":\"#b = :b\"").doesNotContain("#_0");

        connection.request(new Query("Tbl").keyConditionExpression("h = :h").keyConditionExpression(partitionKey("h").eq(1)));
        assertThat(transport.lastBody()).contains("\"KeyConditionExpression\":\"#_0 = :_0\"").doesNotContain(":h");
    }

    @Test
    void aPlaceholderSetByHandThatTheBuildersGenerateFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new UpdateItem("Tbl", Map.of("h", 0))
                .updateExpression(set("a", 1))
                .expressionAttributeName("#_0", "mine")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("UpdateItem has the placeholder #_0 set by hand, and the expression builders generate"
                        + " that name too: rename yours (builders use #_<n> and :_<n>), or write the whole request"
                        + " with builders");
        assertThatThrownBy(() -> connection.request(new Scan("Tbl")
                .filterExpression(attribute("a").eq(1))
                .expressionAttributeValue(":_0", "mine")))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("Scan has the placeholder :_0 set by hand");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void anExpressionOverFourKilobytesFailsBeforeSending() {
        String[] paths = new String[700];
        for (int i = 0; i < paths.length; i++) {
            paths[i] = "n" + i;
        }
        var tooLong = projection(paths);
        assertThatThrownBy(() -> connection.request(new GetItem("Tbl", Map.of("h", 0)).projectionExpression(tooLong)))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("GetItem has a ProjectionExpression of 4788 bytes, and DynamoDB accepts at"
                        + " most 4096");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aQueryWithAKeyConditionBuilderNeedsNoOtherKeyCondition() {
        transport.ok("{}");
        connection.request(new Query("Tbl").keyConditionExpression(partitionKey("h").eq(1)));
        assertThat(transport.requests()).hasSize(1);
    }
}
