package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.exceptions.ConditionalCheckFailedException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ExecuteStatementTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new ExecuteStatement("SELECT * FROM T WHERE h = ? AND a = ?")
                .parameters(1, "x")
                .consistentRead(true)
                .nextToken("next")
                .returnConsumedCapacityTotal()
                .limit(10)
                .returnValuesOnConditionCheckFailureAllOld());

        assertThat(transport.lastBody()).isEqualTo("{\"Statement\":\"SELECT * FROM T WHERE h = ? AND a = ?\","
                + "\"Parameters\":[{\"N\":\"1\"},{\"S\":\"x\"}],\"ConsistentRead\":true,\"NextToken\":\"next\","
                + "\"ReturnConsumedCapacity\":\"TOTAL\",\"Limit\":10,\"ReturnValuesOnConditionCheckFailure\":\"ALL_OLD\"}");
        assertThat(transport.lastRequest().headers())
                .containsEntry("X-Amz-Target", "DynamoDB_20120810.ExecuteStatement");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new ExecuteStatement().statement("SELECT * FROM T"));
        assertThat(transport.lastBody()).isEqualTo("{\"Statement\":\"SELECT * FROM T\"}");
    }

    @Test
    void parametersFromArraysIterablesAndStreamsAddUpAndNullIsNull() {
        transport.ok("{}");
        connection.request(new ExecuteStatement("S")
                .parameters(1, null)
                .parameters(Arrays.asList("a", null))
                .parameters(Stream.of(true))
                .parameters((Object) List.of(2, 3))
                .parameters(Map.of("m", 4)));
        assertThat(transport.lastBody()).isEqualTo("{\"Statement\":\"S\",\"Parameters\":[{\"N\":\"1\"},"
                + "{\"NULL\":true},{\"S\":\"a\"},{\"NULL\":true},{\"BOOL\":true},{\"L\":[{\"N\":\"2\"},{\"N\":\"3\"}]},"
                + "{\"M\":{\"m\":{\"N\":\"4\"}}}]}");
    }

    @Test
    void theEnumSettersMatchTheNamedOnes() {
        transport.ok("{}").ok("{}").ok("{}");
        connection.request(new ExecuteStatement("S").returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.NONE));
        assertThat(transport.lastBody()).isEqualTo("{\"Statement\":\"S\",\"ReturnConsumedCapacity\":\"INDEXES\","
                + "\"ReturnValuesOnConditionCheckFailure\":\"NONE\"}");
        String withEnums = transport.lastBody();
        connection.request(new ExecuteStatement("S").returnConsumedCapacityIndexes()
                .returnValuesOnConditionCheckFailureNone());
        assertThat(transport.lastBody()).isEqualTo(withEnums);
        connection.request(new ExecuteStatement("S").returnConsumedCapacityNone());
        assertThat(transport.lastBody()).contains("\"ReturnConsumedCapacity\":\"NONE\"");
    }

    @Test
    void readsEveryResponseMember() {
        transport.ok("{\"Items\":[{\"h\":{\"N\":\"1\"}},{\"h\":{\"N\":\"2\"}}],\"NextToken\":\"tok\","
                + "\"ConsumedCapacity\":{\"TableName\":\"Tbl\",\"CapacityUnits\":0.5},"
                + "\"LastEvaluatedKey\":{\"h\":{\"N\":\"2\"}},\"Future\":[{}]}");

        ExecuteStatementResponse response = connection.request(new ExecuteStatement("SELECT * FROM T"));

        assertThat(response.items()).extracting(item -> item.getInt("h")).containsExactly(1, 2);
        assertThat(response.nextToken()).isEqualTo("tok");
        assertThat(response.consumedCapacity().capacityUnits()).isEqualByComparingTo("0.5");
        assertThat(response.lastEvaluatedKey()).containsEntry("h", new BigDecimal("2"));
        assertThat(response.toString()).startsWith("ExecuteStatementResponse{items=[{h=1}, {h=2}], nextToken=tok");
    }

    @Test
    void anEmptyResponseHasNoItemsAndNullValues() {
        transport.ok("{}");
        ExecuteStatementResponse response = connection.request(new ExecuteStatement("UPDATE T SET a = 1 WHERE h = 1"));
        assertThat(response.items()).isEmpty();
        assertThat(response.nextToken()).isNull();
        assertThat(response.consumedCapacity()).isNull();
        assertThat(response.lastEvaluatedKey()).isNull();
    }

    @Test
    void aFailedConditionGivesTheItem() {
        transport.respond(400, "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException\","
                + "\"message\":\"The conditional request failed\",\"Item\":{\"h\":{\"N\":\"1\"},\"a\":{\"S\":\"old\"}}}");

        assertThatThrownBy(() -> connection.request(new ExecuteStatement("UPDATE T SET a = ? WHERE h = ? AND a = ?")
                .parameters("new", 1, "other").returnValuesOnConditionCheckFailureAllOld()))
                .isInstanceOfSatisfying(ConditionalCheckFailedException.class,
                        e -> assertThat(e.item()).containsEntry("a", "old").containsEntry("h", BigDecimal.ONE));
    }

    @Test
    void aMissingStatementFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new ExecuteStatement()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("ExecuteStatement needs Statement, which is not set. Set it with"
                        + " new ExecuteStatement(statement) or .statement(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aParameterWithNoDynamoDbFormNamesItsPath() {
        assertThatThrownBy(() -> connection.request(new ExecuteStatement("S").parameters(1, new Object())))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("Attribute Parameters[1] is a java.lang.Object");
    }
}
