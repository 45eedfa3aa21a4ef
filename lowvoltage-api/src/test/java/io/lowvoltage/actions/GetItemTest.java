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

class GetItemTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new GetItem("Tbl", Map.of("h", 0))
                .consistentRead(true)
                .returnConsumedCapacityIndexes()
                .projectionExpression("#a, b")
                .expressionAttributeName("#a", "a")
                .attributesToGet("x"));

        assertThat(transport.lastBody()).isEqualTo("{\"TableName\":\"Tbl\",\"Key\":{\"h\":{\"N\":\"0\"}},"
                + "\"AttributesToGet\":[\"x\"],\"ConsistentRead\":true,\"ReturnConsumedCapacity\":\"INDEXES\","
                + "\"ProjectionExpression\":\"#a, b\",\"ExpressionAttributeNames\":{\"#a\":\"a\"}}");
        assertThat(transport.lastRequest().headers())
                .containsEntry("X-Amz-Target", "DynamoDB_20120810.GetItem")
                .containsEntry("Content-Type", "application/x-amz-json-1.0");
    }

    @Test
    void readsTheItemAndConsumedCapacity() {
        transport.ok("{\"Item\":{\"h\":{\"N\":\"0\"},\"gr\":{\"N\":\"10\"}},\"Future\":[1,{\"a\":2}],"
                + "\"ConsumedCapacity\":{\"TableName\":\"Tbl\",\"CapacityUnits\":0.5,"
                + "\"Table\":{\"CapacityUnits\":0.5},\"GlobalSecondaryIndexes\":{\"g\":{\"ReadCapacityUnits\":1}},"
                + "\"VectorIndexes\":{\"v\":{\"VectorSearchRequestBytes\":12,\"VectorWriteRequestBytes\":3}}}}");

        GetItemResponse response = connection.request(new GetItem("Tbl", Map.of("h", 0)));

        assertThat(response.item()).containsEntry("h", BigDecimal.ZERO).containsEntry("gr", BigDecimal.TEN);
        assertThat(response.consumedCapacity().capacityUnits()).isEqualByComparingTo("0.5");
        assertThat(response.consumedCapacity().table().capacityUnits()).isEqualByComparingTo("0.5");
        assertThat(response.consumedCapacity().globalSecondaryIndexes().get("g").readCapacityUnits())
                .isEqualByComparingTo("1");
        assertThat(response.consumedCapacity().vectorIndexes().get("v").vectorSearchRequestBytes())
                .isEqualByComparingTo("12");
        assertThat(response.consumedCapacity().vectorIndexes().get("v").vectorWriteRequestBytes())
                .isEqualByComparingTo("3");
    }

    @Test
    void aMissingItemIsNull() {
        transport.ok("{}");
        assertThat(connection.request(new GetItem("Tbl", Map.of("h", 0))).item()).isNull();
    }

    @Test
    void aMissingKeyFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new GetItem().tableName("Tbl")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("GetItem needs Key, which is not set. Set it with new GetItem(tableName, key) or .key(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aTableNameTheApiForbidsFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new GetItem("T", Map.of("h", 0))))
                .isInstanceOf(BuilderException.class)
                .hasMessage("GetItem has TableName \"T\", which is not a table name: use 3 to 255 characters among"
                        + " letters, digits, '_', '-' and '.', or a table ARN");
        assertThatThrownBy(() -> connection.request(new GetItem("my table", Map.of("h", 0))))
                .isInstanceOf(BuilderException.class).hasMessageContaining("\"my table\"");
        assertThatThrownBy(() -> connection.request(new GetItem("arn:" + "x".repeat(1021), Map.of("h", 0))))
                .isInstanceOf(BuilderException.class).hasMessageContaining("ARN of 1025 characters");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aTableArnIsATableName() {
        transport.ok("{}");
        connection.request(new GetItem("arn:aws:dynamodb:us-east-1:123456789012:table/My Table", Map.of("h", 0)));
        assertThat(transport.lastBody()).contains("table/My Table");
    }
}
