package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.Item;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ScanTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    private String bodyOf(Scan scan) {
        transport.ok("{}");
        connection.request(scan);
        return transport.lastBody();
    }

    private void failsBeforeSending(Scan scan, String message) {
        assertThatThrownBy(() -> connection.request(scan))
                .isInstanceOf(BuilderException.class)
                .hasMessage(message);
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void writesEveryRequestMemberInTheOrderOfTheModel() {
        String body = bodyOf(new Scan()
                .tableName("Tbl")
                .indexName("gsi")
                .attributesToGet("a")
                .attributesToGet(List.of("b"))
                .attributesToGet(Stream.of("c"))
                .limit(100)
                .selectAllProjectedAttributes()
                .scanFilter("a", Condition.of(ComparisonOperator.NOT_NULL))
                .scanFilter(Map.of("b", Condition.of(ComparisonOperator.IN, "x", "y")))
                .conditionalOperatorAnd()
                .exclusiveStartKey(Map.of("h", "k"))
                .returnConsumedCapacityTotal()
                .segment(1, 4)
                .projectionExpression("a, #b")
                .filterExpression("a > :x")
                .expressionAttributeName("#b", "b")
                .expressionAttributeNames(Map.of("#c", "c"))
                .expressionAttributeValue(":x", 1)
                .expressionAttributeValues(Map.of(":y", List.of(true)))
                .consistentRead(false));

        assertThat(body).isEqualTo("{\"TableName\":\"Tbl\",\"IndexName\":\"gsi\",\"AttributesToGet\":[\"a\",\"b\",\"c\"],"
                + "\"Limit\":100,\"Select\":\"ALL_PROJECTED_ATTRIBUTES\","
                + "\"ScanFilter\":{\"a\":{\"ComparisonOperator\":\"NOT_NULL\"},"
                + "\"b\":{\"AttributeValueList\":[{\"S\":\"x\"},{\"S\":\"y\"}],\"ComparisonOperator\":\"IN\"}},"
                + "\"ConditionalOperator\":\"AND\",\"ExclusiveStartKey\":{\"h\":{\"S\":\"k\"}},"
                + "\"ReturnConsumedCapacity\":\"TOTAL\",\"TotalSegments\":4,\"Segment\":1,"
                + "\"ProjectionExpression\":\"a, #b\",\"FilterExpression\":\"a > :x\","
                + "\"ExpressionAttributeNames\":{\"#b\":\"b\",\"#c\":\"c\"},"
                + "\"ExpressionAttributeValues\":{\":x\":{\"N\":\"1\"},\":y\":{\"L\":[{\"BOOL\":true}]}},"
                + "\"ConsistentRead\":false}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target", "DynamoDB_20120810.Scan");
    }

    @Test
    void writesOnlyWhatIsSet() {
        assertThat(bodyOf(new Scan("Tbl"))).isEqualTo("{\"TableName\":\"Tbl\"}");
    }

    @Test
    void segmentAndTotalSegmentsCanBeSetApart() {
        assertThat(bodyOf(new Scan("Tbl").totalSegments(3).segment(2)))
                .isEqualTo("{\"TableName\":\"Tbl\",\"TotalSegments\":3,\"Segment\":2}");
    }

    @Test
    void namedMethodsSetTheirConstant() {
        Map<UnaryOperator<Scan>, String> cases = new LinkedHashMap<>();
        cases.put(Scan::selectAllAttributes, "\"Select\":\"ALL_ATTRIBUTES\"");
        cases.put(Scan::selectAllProjectedAttributes, "\"Select\":\"ALL_PROJECTED_ATTRIBUTES\"");
        cases.put(Scan::selectSpecificAttributes, "\"Select\":\"SPECIFIC_ATTRIBUTES\"");
        cases.put(Scan::selectCount, "\"Select\":\"COUNT\"");
        cases.put(scan -> scan.select(Select.ALL_ATTRIBUTES), "\"Select\":\"ALL_ATTRIBUTES\"");
        cases.put(Scan::returnConsumedCapacityTotal, "\"ReturnConsumedCapacity\":\"TOTAL\"");
        cases.put(Scan::returnConsumedCapacityIndexes, "\"ReturnConsumedCapacity\":\"INDEXES\"");
        cases.put(Scan::returnConsumedCapacityNone, "\"ReturnConsumedCapacity\":\"NONE\"");
        cases.put(scan -> scan.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES),
                "\"ReturnConsumedCapacity\":\"INDEXES\"");
        cases.put(Scan::conditionalOperatorAnd, "\"ConditionalOperator\":\"AND\"");
        cases.put(Scan::conditionalOperatorOr, "\"ConditionalOperator\":\"OR\"");
        cases.put(scan -> scan.conditionalOperator(ConditionalOperator.AND), "\"ConditionalOperator\":\"AND\"");

        cases.forEach((setter, member) -> assertThat(bodyOf(setter.apply(new Scan("Tbl")))).contains(member));
    }

    @Test
    void readsEveryResponseMemberAndSkipsUnknownOnes() {
        transport.ok("{\"Count\":1,\"Items\":[{\"h\":{\"S\":\"a\"}}],\"ScannedCount\":3,\"Future\":[{}],"
                + "\"LastEvaluatedKey\":{\"h\":{\"S\":\"a\"}},\"ConsumedCapacity\":{\"TableName\":\"Tbl\",\"CapacityUnits\":0.5}}");

        ScanResponse response = connection.request(new Scan("Tbl"));

        assertThat(response.items()).containsExactly(Item.copyOf(Map.of("h", "a")));
        assertThat(response.count()).isEqualTo(1);
        assertThat(response.scannedCount()).isEqualTo(3);
        assertThat(response.lastEvaluatedKey()).isEqualTo(Map.of("h", "a"));
        assertThat(response.hasMorePages()).isTrue();
        assertThat(response.consumedCapacity().capacityUnits()).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(response.toString()).startsWith("ScanResponse{count=1, scannedCount=3, lastEvaluatedKey={h=a}");
    }

    @Test
    void theLastPageHasNoKey() {
        transport.ok("{\"Items\":[],\"Count\":0,\"ScannedCount\":0}");

        ScanResponse response = connection.request(new Scan("Tbl"));

        assertThat(response.items()).isEmpty();
        assertThat(response.hasMorePages()).isFalse();
        assertThat(response.lastEvaluatedKey()).isNull();
    }

    @Test
    void aMissingTableNameFailsBeforeSending() {
        failsBeforeSending(new Scan(),
                "Scan needs TableName, which is not set. Set it with new Scan(tableName) or .tableName(...)");
    }

    @Test
    void aLimitBelowOneFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new Scan("Tbl").limit(-1)))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("Scan needs a Limit of at least 1, and it is -1.");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aSegmentWithoutTotalSegmentsFailsBeforeSending() {
        failsBeforeSending(new Scan("Tbl").segment(0), "Scan needs Segment and TotalSegments together, and only"
                + " Segment is set. Set both with .segment(segment, totalSegments)");
    }

    @Test
    void totalSegmentsWithoutSegmentFailsBeforeSending() {
        failsBeforeSending(new Scan("Tbl").totalSegments(2), "Scan needs Segment and TotalSegments together, and only"
                + " TotalSegments is set. Set both with .segment(segment, totalSegments)");
    }

    @Test
    void aSegmentPastTheLastFailsBeforeSending() {
        failsBeforeSending(new Scan("Tbl").segment(4, 4), "Scan needs Segment from 0 to TotalSegments - 1 (3), and it"
                + " is 4. Set it with .segment(segment, totalSegments)");
        failsBeforeSending(new Scan("Tbl").segment(-1, 4), "Scan needs Segment from 0 to TotalSegments - 1 (3), and it"
                + " is -1. Set it with .segment(segment, totalSegments)");
    }

    @Test
    void totalSegmentsOutOfRangeFailBeforeSending() {
        failsBeforeSending(new Scan("Tbl").segment(0, 0), "Scan needs TotalSegments from 1 to 1000000, and it is 0."
                + " Set it with .segment(segment, totalSegments)");
        failsBeforeSending(new Scan("Tbl").segment(0, 1_000_001), "Scan needs TotalSegments from 1 to 1000000, and it"
                + " is 1000001. Set it with .segment(segment, totalSegments)");
    }

    @Test
    void theWidestSegmentingIsAccepted() {
        assertThat(bodyOf(new Scan("Tbl").segment(999_999, 1_000_000)))
                .contains("\"TotalSegments\":1000000,\"Segment\":999999");
    }

    @Test
    void aFilterValueWithNoDynamoDbFormNamesItsPath() {
        assertThatThrownBy(() -> connection.request(
                new Scan("Tbl").scanFilter("a", Condition.of(ComparisonOperator.EQ, new Object()))))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("Attribute ScanFilter.a.AttributeValueList[0] is a java.lang.Object");
        assertThatThrownBy(() -> connection.request(new Scan("Tbl").expressionAttributeValue(":x", new Object())))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("Attribute ExpressionAttributeValues.:x is a java.lang.Object");
        assertThat(transport.requests()).isEmpty();
    }
}
