package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BatchExecuteStatementTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new BatchExecuteStatement()
                .statement("INSERT INTO T VALUE {'h': ?}", 1).returnValuesOnConditionCheckFailureAllOld()
                .statement("UPDATE T SET a = ? WHERE h = ?", "x", 2)
                .statement("SELECT * FROM T WHERE h = ?").parameters(3).consistentRead(true)
                .returnConsumedCapacityTotal());

        assertThat(transport.lastBody()).isEqualTo("{\"Statements\":["
                + "{\"Statement\":\"INSERT INTO T VALUE {'h': ?}\",\"Parameters\":[{\"N\":\"1\"}],"
                + "\"ReturnValuesOnConditionCheckFailure\":\"ALL_OLD\"},"
                + "{\"Statement\":\"UPDATE T SET a = ? WHERE h = ?\",\"Parameters\":[{\"S\":\"x\"},{\"N\":\"2\"}]},"
                + "{\"Statement\":\"SELECT * FROM T WHERE h = ?\",\"Parameters\":[{\"N\":\"3\"}],\"ConsistentRead\":true}],"
                + "\"ReturnConsumedCapacity\":\"TOTAL\"}");
        assertThat(transport.lastRequest().headers())
                .containsEntry("X-Amz-Target", "DynamoDB_20120810.BatchExecuteStatement");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new BatchExecuteStatement().statement("SELECT * FROM T"));
        assertThat(transport.lastBody()).isEqualTo("{\"Statements\":[{\"Statement\":\"SELECT * FROM T\"}]}");
    }

    @Test
    void parametersAddToTheStatementAddedLastAndEnumSettersMatchNamedOnes() {
        transport.ok("{}").ok("{}");
        connection.request(new BatchExecuteStatement().statement("S", 1).parameters(List.of(2))
                .parameters(Stream.of("3")).parameters((Object) null)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.NONE)
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES));
        assertThat(transport.lastBody()).isEqualTo("{\"Statements\":[{\"Statement\":\"S\",\"Parameters\":"
                + "[{\"N\":\"1\"},{\"N\":\"2\"},{\"S\":\"3\"},{\"NULL\":true}],"
                + "\"ReturnValuesOnConditionCheckFailure\":\"NONE\"}],\"ReturnConsumedCapacity\":\"INDEXES\"}");
        String withEnums = transport.lastBody();
        connection.request(new BatchExecuteStatement().statement("S", 1, 2, "3", null)
                .returnValuesOnConditionCheckFailureNone().returnConsumedCapacityIndexes());
        assertThat(transport.lastBody()).isEqualTo(withEnums);
    }

    @Test
    void readsEachStatementsOutcomeWithItsErrorCode() {
        transport.ok("{\"Responses\":[{\"TableName\":\"Tbl\",\"Item\":{\"h\":{\"N\":\"1\"}}},"
                + "{\"TableName\":\"Tbl\",\"Error\":{\"Code\":\"ConditionalCheckFailed\",\"Message\":\"The conditional"
                + " request failed\",\"Item\":{\"h\":{\"N\":\"2\"}},\"Future\":1}},"
                + "{\"Error\":{\"Code\":\"SomethingNew\"}},{}],"
                + "\"ConsumedCapacity\":[{\"TableName\":\"Tbl\",\"CapacityUnits\":2}],\"Unknown\":[1]}");

        BatchExecuteStatementResponse response = connection.request(new BatchExecuteStatement().statement("S"));

        List<BatchStatementResponse> responses = response.responses();
        assertThat(responses).hasSize(4);
        assertThat(responses.get(0).tableName()).isEqualTo("Tbl");
        assertThat(responses.get(0).item().getInt("h")).isEqualTo(1);
        assertThat(responses.get(0).error()).isNull();
        BatchStatementError error = responses.get(1).error();
        assertThat(error.code()).isEqualTo(BatchStatementErrorCodeEnum.ConditionalCheckFailed);
        assertThat(error.message()).isEqualTo("The conditional request failed");
        assertThat(error.item().getInt("h")).isEqualTo(2);
        assertThat(responses.get(1).item()).isNull();
        assertThat(responses.get(2).error().code()).isEqualTo(BatchStatementErrorCodeEnum.UNKNOWN_TO_LOWVOLTAGE);
        assertThat(responses.get(2).error().message()).isNull();
        assertThat(responses.get(3).tableName()).isNull();
        assertThat(response.consumedCapacity()).singleElement()
                .satisfies(c -> assertThat(c.capacityUnits()).isEqualByComparingTo("2"));
        assertThat(responses.get(1).toString()).isEqualTo("BatchStatementResponse{tableName=Tbl, error="
                + "BatchStatementError{code=ConditionalCheckFailed, message=The conditional request failed, item={h=2}}}");
    }

    @Test
    void everyWireCodeReadsAsTheConstantOfTheSameName() {
        for (BatchStatementErrorCodeEnum code : BatchStatementErrorCodeEnum.values()) {
            transport.ok("{\"Responses\":[{\"Error\":{\"Code\":\"" + code.name() + "\"}}]}");
            assertThat(connection.request(new BatchExecuteStatement().statement("S")).responses().get(0).error().code())
                    .isEqualTo(code);
        }
    }

    @Test
    void anEmptyResponseHasEmptyLists() {
        transport.ok("{}");
        BatchExecuteStatementResponse response = connection.request(new BatchExecuteStatement().statement("S"));
        assertThat(response.responses()).isEmpty();
        assertThat(response.consumedCapacity()).isEmpty();
    }

    @Test
    void aPerStatementSetterBeforeAnyStatementNamesWhatToCallFirst() {
        assertThatThrownBy(() -> new BatchExecuteStatement().consistentRead(true))
                .isInstanceOf(BuilderException.class)
                .hasMessage("BatchExecuteStatement.consistentRead(...) applies to the element of Statements added last,"
                        + " and none is added yet: call .statement(statement, parameters...) first");
        assertThatThrownBy(() -> new BatchExecuteStatement().parameters(1)).isInstanceOf(BuilderException.class);
        assertThatThrownBy(() -> new BatchExecuteStatement().returnValuesOnConditionCheckFailureAllOld())
                .isInstanceOf(BuilderException.class);
    }

    @Test
    void noStatementAnEmptyOneOrMoreThanTwentyFiveFailBeforeSending() {
        assertThatThrownBy(() -> connection.request(new BatchExecuteStatement()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("BatchExecuteStatement needs Statements, which is not set. Set it with"
                        + " .statement(statement, parameters...)");
        assertThatThrownBy(() -> connection.request(new BatchExecuteStatement().statement("S").statement("")))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("BatchExecuteStatement needs Statement of element 1, which is not set");
        BatchExecuteStatement tooMany = new BatchExecuteStatement();
        for (int i = 0; i < 26; i++) {
            tooMany.statement("S", i);
        }
        assertThatThrownBy(() -> connection.request(tooMany))
                .isInstanceOf(BuilderException.class)
                .hasMessage("BatchExecuteStatement takes at most 25 elements in Statements, and 26 are added."
                        + " Split them over several requests");
        assertThat(transport.requests()).isEmpty();
    }
}
