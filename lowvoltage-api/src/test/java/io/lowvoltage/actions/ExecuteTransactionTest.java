package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.exceptions.CancellationReason;
import io.lowvoltage.exceptions.TransactionCanceledException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ExecuteTransactionTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new ExecuteTransaction()
                .statement("UPDATE T SET a = ? WHERE h = ?", "x", 1).returnValuesOnConditionCheckFailureAllOld()
                .statement("DELETE FROM T WHERE h = ?").parameters(List.of(2)).parameters(Stream.of(3))
                .clientRequestToken("t")
                .returnConsumedCapacityIndexes());

        assertThat(transport.lastBody()).isEqualTo("{\"TransactStatements\":["
                + "{\"Statement\":\"UPDATE T SET a = ? WHERE h = ?\",\"Parameters\":[{\"S\":\"x\"},{\"N\":\"1\"}],"
                + "\"ReturnValuesOnConditionCheckFailure\":\"ALL_OLD\"},"
                + "{\"Statement\":\"DELETE FROM T WHERE h = ?\",\"Parameters\":[{\"N\":\"2\"},{\"N\":\"3\"}]}],"
                + "\"ClientRequestToken\":\"t\",\"ReturnConsumedCapacity\":\"INDEXES\"}");
        assertThat(transport.lastRequest().headers())
                .containsEntry("X-Amz-Target", "DynamoDB_20120810.ExecuteTransaction");
    }

    @Test
    void withoutATokenEachRequestCallSendsANewRandomOne() {
        transport.ok("{}").ok("{}");
        ExecuteTransaction action = new ExecuteTransaction().statement("S");
        connection.request(action);
        String first = transport.lastBody();
        connection.request(action);

        assertThat(first).matches("\\{\"TransactStatements\":\\[\\{\"Statement\":\"S\"}],"
                + "\"ClientRequestToken\":\"[0-9a-f-]{36}\"}");
        assertThat(transport.lastBody()).isNotEqualTo(first);
    }

    @Test
    void theEnumSettersMatchTheNamedOnes() {
        transport.ok("{}").ok("{}").ok("{}");
        connection.request(new ExecuteTransaction().statement("S").parameters(1, null).clientRequestToken("t")
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.NONE)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        String withEnums = transport.lastBody();
        connection.request(new ExecuteTransaction().statement("S", 1, null).clientRequestToken("t")
                .returnValuesOnConditionCheckFailureNone().returnConsumedCapacityTotal());
        assertThat(transport.lastBody()).isEqualTo(withEnums).contains("\"ReturnConsumedCapacity\":\"TOTAL\"",
                "{\"NULL\":true}");
        connection.request(new ExecuteTransaction().statement("S").clientRequestToken("t")
                .returnConsumedCapacityNone());
        assertThat(transport.lastBody()).contains("\"ReturnConsumedCapacity\":\"NONE\"");
    }

    @Test
    void readsOneEntryPerStatementWithNullForWrites() {
        transport.ok("{\"Responses\":[{\"Item\":{\"h\":{\"N\":\"1\"}}},{}],"
                + "\"ConsumedCapacity\":[{\"TableName\":\"Tbl\",\"CapacityUnits\":2}],\"Future\":true}");

        ExecuteTransactionResponse response = connection.request(new ExecuteTransaction().statement("S").statement("S"));

        assertThat(response.responses()).hasSize(2);
        assertThat(response.responses().get(0).getInt("h")).isEqualTo(1);
        assertThat(response.responses().get(1)).isNull();
        assertThat(response.consumedCapacity()).singleElement()
                .satisfies(c -> assertThat(c.tableName()).isEqualTo("Tbl"));
        assertThat(response.toString()).startsWith("ExecuteTransactionResponse{responses=[{h=1}, null]");
    }

    @Test
    void aCancelledTransactionGivesItsReasons() {
        transport.respond(400, "{\"__type\":\"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\","
                + "\"Message\":\"Transaction cancelled\",\"CancellationReasons\":[{\"Code\":\"TransactionConflict\","
                + "\"Message\":\"Transaction is ongoing for the item\"}]}");
        assertThatThrownBy(() -> connection.request(new ExecuteTransaction().statement("S")))
                .isInstanceOfSatisfying(TransactionCanceledException.class,
                        e -> assertThat(e.cancellationReasons()).extracting(CancellationReason::code)
                                .containsExactly("TransactionConflict"));
    }

    @Test
    void builderErrorsNameWhatToCall() {
        assertThatThrownBy(() -> new ExecuteTransaction().parameters(1))
                .isInstanceOf(BuilderException.class)
                .hasMessage("ExecuteTransaction.parameters(...) applies to the element of TransactStatements added"
                        + " last, and none is added yet: call .statement(statement, parameters...) first");
        assertThatThrownBy(() -> connection.request(new ExecuteTransaction()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("ExecuteTransaction needs TransactStatements, which is not set. Set it with"
                        + " .statement(statement, parameters...)");
        ExecuteTransaction tooMany = new ExecuteTransaction();
        for (int i = 0; i < 101; i++) {
            tooMany.statement("S");
        }
        assertThatThrownBy(() -> connection.request(tooMany))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("ExecuteTransaction takes at most 100 elements in TransactStatements");
        assertThat(transport.requests()).isEmpty();
    }
}
