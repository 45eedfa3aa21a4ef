package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SearchVectorsTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new SearchVectors("Tbl", "v")
                .returnConsumedCapacityIndexes()
                .expressionAttributeName("#c", "category").expressionAttributeNames(Map.of("#d", "d"))
                .expressionAttributeValue(":c", "books").expressionAttributeValues(Map.of(":d", 1))
                .projectionExpression("h, #d")
                .searchVector(0.1f, -2.5f)
                .searchVector(List.of(3))
                .searchVector(Stream.of(0.25f))
                .searchConditionExpression("#c = :c AND #d > :d")
                .topK(5));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"IndexName\":\"v\","
                + "\"ReturnConsumedCapacity\":\"INDEXES\",\"ExpressionAttributeNames\":{\"#c\":\"category\",\"#d\":\"d\"},"
                + "\"ExpressionAttributeValues\":{\":c\":{\"S\":\"books\"},\":d\":{\"N\":\"1\"}},"
                + "\"ProjectionExpression\":\"h, #d\","
                + "\"SearchVector\":[{\"N\":\"0.1\"},{\"N\":\"-2.5\"},{\"N\":\"3\"},{\"N\":\"0.25\"}],"
                + "\"SearchConditionExpression\":\"#c = :c AND #d > :d\",\"TopK\":5}");
        assertThat(transport.lastRequest().headers())
                .containsEntry("X-Amz-Target", "DynamoDB_20120810.SearchVectors");
    }

    @Test
    void writesTheMinimalRequestAndTheCapacitySetters() {
        transport.ok("{}").ok("{}").ok("{}");
        connection.request(new SearchVectors().tableName("Tbl").indexName("v").searchVector(1f).topK(1));
        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"IndexName\":\"v\","
                + "\"SearchVector\":[{\"N\":\"1.0\"}],\"TopK\":1}");
        connection.request(new SearchVectors("Tbl", "v").searchVector(1f).topK(1).returnConsumedCapacityTotal());
        assertThat(transport.lastBody()).contains("\"ReturnConsumedCapacity\":\"TOTAL\"");
        connection.request(new SearchVectors("Tbl", "v").searchVector(1f).topK(1)
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES).returnConsumedCapacityNone());
        assertThat(transport.lastBody()).contains("\"ReturnConsumedCapacity\":\"NONE\"");
    }

    @Test
    void readsResultsInOrderWithExactScoresAndVectorCapacity() {
        transport.ok("{\"ConsumedCapacity\":{\"VectorSearchRequestBytes\":1024.5,\"VectorWriteRequestBytes\":0,"
                + "\"Future\":1},\"SearchResults\":[{\"Item\":{\"h\":{\"N\":\"1\"}},\"Score\":0.0123456789012345},"
                + "{\"Item\":{\"h\":{\"N\":\"2\"}},\"Score\":1.5}],\"Unknown\":{}}");

        SearchVectorsResponse response = connection.request(new SearchVectors("Tbl", "v").searchVector(1f).topK(2));

        assertThat(response.searchResults()).extracting(r -> r.item().getInt("h")).containsExactly(1, 2);
        assertThat(response.searchResults().get(0).score()).hasToString("0.0123456789012345");
        assertThat(response.consumedCapacity().vectorSearchRequestBytes()).isEqualByComparingTo("1024.5");
        assertThat(response.consumedCapacity().vectorWriteRequestBytes()).isEqualByComparingTo("0");
        assertThat(response.toString()).isEqualTo("SearchVectorsResponse{searchResults=[SearchResultItem{score="
                + "0.0123456789012345, item={h=1}}, SearchResultItem{score=1.5, item={h=2}}], consumedCapacity="
                + "VectorCapacity{vectorSearchRequestBytes=1024.5, vectorWriteRequestBytes=0}}");
    }

    @Test
    void anEmptyResponseHasNoResults() {
        transport.ok("{}");
        SearchVectorsResponse response = connection.request(new SearchVectors("Tbl", "v").searchVector(1f).topK(2));
        assertThat(response.searchResults()).isEmpty();
        assertThat(response.consumedCapacity()).isNull();
    }

    @Test
    void mandatoryMembersFailBeforeSending() {
        assertThatThrownBy(() -> connection.request(new SearchVectors().indexName("v").searchVector(1f).topK(1)))
                .isInstanceOf(BuilderException.class)
                .hasMessage("SearchVectors needs TableName, which is not set. Set it with"
                        + " new SearchVectors(tableName, indexName) or .tableName(...)");
        assertThatThrownBy(() -> connection.request(new SearchVectors().tableName("Tbl").searchVector(1f).topK(1)))
                .isInstanceOf(BuilderException.class).hasMessageStartingWith("SearchVectors needs IndexName");
        assertThatThrownBy(() -> connection.request(new SearchVectors("Tbl", "v").topK(1)))
                .isInstanceOf(BuilderException.class)
                .hasMessage("SearchVectors needs SearchVector, which is not set. Set it with .searchVector(elements...)");
        assertThatThrownBy(() -> connection.request(new SearchVectors("Tbl", "v").searchVector(1f)))
                .isInstanceOf(BuilderException.class)
                .hasMessage("SearchVectors needs TopK, which is not set. Set it with .topK(k)");
        assertThat(transport.requests()).isEmpty();
    }
}
