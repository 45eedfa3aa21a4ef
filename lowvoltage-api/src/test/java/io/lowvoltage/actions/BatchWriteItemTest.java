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
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BatchWriteItemTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new BatchWriteItem()
                .table("Tbl1").put(Map.of("h", 1)).delete(Map.of("h", 2))
                .table("Tbl2").put(List.of(Map.of("x", 42)))
                .returnConsumedCapacityIndexes()
                .returnItemCollectionMetricsSize());

        assertThat(transport.lastBody()).isEqualTo("{\"RequestItems\":{"
                + "\"Tbl1\":[{\"PutRequest\":{\"Item\":{\"h\":{\"N\":\"1\"}}}},"
                + "{\"DeleteRequest\":{\"Key\":{\"h\":{\"N\":\"2\"}}}}],"
                + "\"Tbl2\":[{\"PutRequest\":{\"Item\":{\"x\":{\"N\":\"42\"}}}}]},"
                + "\"ReturnConsumedCapacity\":\"INDEXES\",\"ReturnItemCollectionMetrics\":\"SIZE\"}");
        assertThat(transport.lastRequest().headers())
                .containsEntry("X-Amz-Target", "DynamoDB_20120810.BatchWriteItem");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new BatchWriteItem().table("Tbl").delete(Map.of("h", "a")));

        assertThat(transport.lastBody())
                .isEqualTo("{\"RequestItems\":{\"Tbl\":[{\"DeleteRequest\":{\"Key\":{\"h\":{\"S\":\"a\"}}}}]}}");
    }

    @Test
    void putsAndDeletesFromArraysIterablesAndStreamsAddUpInOrder() {
        transport.ok("{}");
        connection.request(new BatchWriteItem().table("Tbl")
                .put(Map.of("h", 1), Map.of("h", 2))
                .delete(List.of(Map.of("h", 3)))
                .put(Stream.of(Map.of("h", 4)))
                .delete(Map.of("h", 5), Map.of("h", 6))
                .put(List.of(Map.of("h", 7)))
                .delete(Stream.of(Map.of("h", 8)))
                .writeRequests(WriteRequest.put(Map.of("h", 9)))
                .writeRequests(List.of(WriteRequest.delete(Map.of("h", 10))))
                .writeRequests(Stream.of(WriteRequest.put(Map.of("h", 11)))));

        assertThat(transport.lastBody()).isEqualTo("{\"RequestItems\":{\"Tbl\":["
                + put(1) + "," + put(2) + "," + delete(3) + "," + put(4) + "," + delete(5) + "," + delete(6) + ","
                + put(7) + "," + delete(8) + "," + put(9) + "," + delete(10) + "," + put(11) + "]}}");
    }

    private static String put(int h) {
        return "{\"PutRequest\":{\"Item\":{\"h\":{\"N\":\"" + h + "\"}}}}";
    }

    private static String delete(int h) {
        return "{\"DeleteRequest\":{\"Key\":{\"h\":{\"N\":\"" + h + "\"}}}}";
    }

    @Test
    void namingATableAgainAddsToItAndKeepsTheFirstOrder() {
        transport.ok("{}");
        connection.request(new BatchWriteItem()
                .table("B").put(Map.of("h", 1))
                .table("A").put(Map.of("h", 2))
                .table("B").delete(Map.of("h", 3)));

        assertThat(transport.lastBody()).isEqualTo("{\"RequestItems\":{"
                + "\"B\":[" + put(1) + "," + delete(3) + "],\"A\":[" + put(2) + "]}}");
    }

    @Test
    void itemsAreCopiedWhenAdded() {
        transport.ok("{}");
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("h", 1);
        item.put("n", null);
        BatchWriteItem action = new BatchWriteItem().table("Tbl").put(item);
        item.put("h", 2);
        connection.request(action);

        assertThat(transport.lastBody()).isEqualTo("{\"RequestItems\":{\"Tbl\":[{\"PutRequest\":{\"Item\":"
                + "{\"h\":{\"N\":\"1\"},\"n\":{\"NULL\":true}}}}]}}");
    }

    @Test
    void enumMembersHaveANamedMethodPerConstant() {
        assertThat(bodyWith(BatchWriteItem::returnConsumedCapacityTotal))
                .endsWith(",\"ReturnConsumedCapacity\":\"TOTAL\"}");
        assertThat(bodyWith(BatchWriteItem::returnConsumedCapacityNone))
                .endsWith(",\"ReturnConsumedCapacity\":\"NONE\"}");
        assertThat(bodyWith(action -> action.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)))
                .endsWith(",\"ReturnConsumedCapacity\":\"INDEXES\"}");
        assertThat(bodyWith(BatchWriteItem::returnItemCollectionMetricsNone))
                .endsWith(",\"ReturnItemCollectionMetrics\":\"NONE\"}");
        assertThat(bodyWith(action -> action.returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)))
                .endsWith(",\"ReturnItemCollectionMetrics\":\"SIZE\"}");
    }

    private String bodyWith(Consumer<BatchWriteItem> setter) {
        BatchWriteItem action = new BatchWriteItem().table("Tbl").put(Map.of("h", 1));
        setter.accept(action);
        transport.ok("{}");
        connection.request(action);
        return transport.lastBody();
    }

    @Test
    void putsAndDeletesBeforeAnyTableThrow() {
        List<Consumer<BatchWriteItem>> setters = List.of(
                action -> action.put(Map.of("h", 1)),
                action -> action.put(List.of(Map.of("h", 1))),
                action -> action.put(Stream.of(Map.of("h", 1))),
                action -> action.delete(Map.of("h", 1)),
                action -> action.delete(List.of(Map.of("h", 1))),
                action -> action.delete(Stream.of(Map.of("h", 1))),
                action -> action.writeRequests(WriteRequest.put(Map.of("h", 1))),
                action -> action.writeRequests(List.of(WriteRequest.put(Map.of("h", 1)))),
                action -> action.writeRequests(Stream.of(WriteRequest.put(Map.of("h", 1)))));
        for (Consumer<BatchWriteItem> setter : setters) {
            assertThatThrownBy(() -> setter.accept(new BatchWriteItem()))
                    .isInstanceOf(BuilderException.class)
                    .hasMessageContaining("call .table(name) first");
        }
        assertThatThrownBy(() -> new BatchWriteItem().delete(Map.of("h", 1)))
                .hasMessage("BatchWriteItem.delete(...) applies to the table named last, and no table is named yet:"
                        + " call .table(name) first, such as new BatchWriteItem().table(\"Orders\").delete(...)");
    }

    @Test
    void anEmptyBatchFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new BatchWriteItem()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("BatchWriteItem needs RequestItems, which is not set."
                        + " Set it with .table(name).put(item...) or .delete(key...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aTableWithoutRequestsFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new BatchWriteItem()
                .table("Tbl1").put(Map.of("h", 1))
                .table("Tbl2").put(List.of())))
                .isInstanceOf(BuilderException.class)
                .hasMessage("BatchWriteItem needs a put or delete for table Tbl2, which is not set."
                        + " Set it with .table(\"Tbl2\").put(item...) or .delete(key...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void anItemWithNoDynamoDbFormNamesItsPath() {
        assertThatThrownBy(() -> connection.request(new BatchWriteItem().table("Tbl")
                .delete(Map.of("h", 1)).put(Map.of("h", 2, "s", Set.of()))))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("Attribute RequestItems.Tbl[1].PutRequest.Item.s is an empty set");
        assertThatThrownBy(() -> connection.request(new BatchWriteItem().table("Tbl")
                .delete(Map.of("h", Double.POSITIVE_INFINITY))))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("Attribute RequestItems.Tbl[0].DeleteRequest.Key.h is Infinity");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void nullsAreRefused() {
        BatchWriteItem action = new BatchWriteItem().table("Tbl");
        Map<String, Object> missing = null;
        assertThatThrownBy(() -> action.put(Map.of("h", 1), missing))
                .isInstanceOf(NullPointerException.class).hasMessage("items must not hold null");
        assertThatThrownBy(() -> action.delete(Stream.of(missing)))
                .isInstanceOf(NullPointerException.class).hasMessage("keys must not hold null");
        assertThatThrownBy(() -> action.writeRequests((WriteRequest) null))
                .isInstanceOf(NullPointerException.class).hasMessage("requests must not hold null");
        assertThatThrownBy(() -> WriteRequest.put(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void readsEveryResponseMember() {
        transport.ok("{\"UnprocessedItems\":{\"Tbl1\":[{\"PutRequest\":{\"Item\":{\"h\":{\"N\":\"1\"},"
                + "\"a\":{\"SS\":[\"x\"]}}}},{\"DeleteRequest\":{\"Key\":{\"h\":{\"N\":\"2\"}},\"New\":true},"
                + "\"Newer\":{}}]},"
                + "\"ItemCollectionMetrics\":{\"Tbl1\":[{\"ItemCollectionKey\":{\"h\":{\"N\":\"1\"}},"
                + "\"SizeEstimateRangeGB\":[0.5,1.0],\"More\":0}]},"
                + "\"ConsumedCapacity\":[{\"TableName\":\"Tbl1\",\"CapacityUnits\":3.0}],"
                + "\"Future\":[{\"a\":1}]}");

        BatchWriteItemResponse response = connection.request(new BatchWriteItem().table("Tbl1").put(Map.of("h", 1)));

        assertThat(response.hasUnprocessedItems()).isTrue();
        List<WriteRequest> unprocessed = response.unprocessedItems().get("Tbl1");
        assertThat(unprocessed).hasSize(2);
        assertThat(unprocessed.get(0).isPut()).isTrue();
        assertThat(unprocessed.get(0).isDelete()).isFalse();
        assertThat(unprocessed.get(0).item()).isInstanceOf(Item.class)
                .isEqualTo(Map.of("h", BigDecimal.ONE, "a", Set.of("x")));
        assertThat(unprocessed.get(0).key()).isNull();
        assertThat(unprocessed.get(1).isPut()).isFalse();
        assertThat(unprocessed.get(1).isDelete()).isTrue();
        assertThat(unprocessed.get(1).key()).isEqualTo(Map.of("h", new BigDecimal("2")));
        assertThat(unprocessed.get(1).item()).isNull();
        ItemCollectionMetrics metrics = response.itemCollectionMetrics().get("Tbl1").get(0);
        assertThat(metrics.itemCollectionKey()).isEqualTo(Map.of("h", BigDecimal.ONE));
        assertThat(metrics.sizeEstimateRangeGB()).containsExactly(new BigDecimal("0.5"), new BigDecimal("1.0"));
        assertThat(response.consumedCapacity()).singleElement()
                .satisfies(capacity -> assertThat(capacity.capacityUnits()).isEqualByComparingTo("3"));
        assertThat(response.toString()).startsWith("BatchWriteItemResponse{unprocessedItems={Tbl1=[Put{h=1, a=[x]},"
                + " Delete{h=2}]}, itemCollectionMetrics={Tbl1=[ItemCollectionMetrics{itemCollectionKey={h=1},"
                + " sizeEstimateRangeGB=[0.5, 1.0]}]}, consumedCapacity=[");
    }

    @Test
    void anEmptyResponseHasEmptyMembers() {
        transport.ok("{\"UnprocessedItems\":{}}");

        BatchWriteItemResponse response = connection.request(new BatchWriteItem().table("Tbl").put(Map.of("h", 1)));

        assertThat(response.unprocessedItems()).isEmpty();
        assertThat(response.hasUnprocessedItems()).isFalse();
        assertThat(response.itemCollectionMetrics()).isEmpty();
        assertThat(response.consumedCapacity()).isEmpty();
        assertThat(response).hasToString("BatchWriteItemResponse{unprocessedItems={}}");
    }

    @Test
    void retryOfResubmitsExactlyTheUnprocessedItems() {
        BatchWriteItem original = new BatchWriteItem()
                .table("Tbl1").put(Map.of("h", 1), Map.of("h", 2)).delete(Map.of("h", 3))
                .table("Tbl2").put(Map.of("x", 1))
                .table("Tbl3").delete(Map.of("k", "a"))
                .returnConsumedCapacityTotal()
                .returnItemCollectionMetricsSize();
        transport.ok("{\"UnprocessedItems\":{"
                + "\"Tbl3\":[{\"DeleteRequest\":{\"Key\":{\"k\":{\"S\":\"a\"}}}}],"
                + "\"Tbl1\":[{\"PutRequest\":{\"Item\":{\"h\":{\"N\":\"2\"},\"b\":{\"B\":\"AQI=\"},"
                + "\"ns\":{\"NS\":[\"1.50\",\"2\"]},"
                + "\"m\":{\"M\":{\"l\":{\"L\":[{\"NULL\":true},{\"BOOL\":false}]}}}}}},"
                + "{\"DeleteRequest\":{\"Key\":{\"h\":{\"N\":\"3\"}}}}]}}");
        BatchWriteItemResponse response = connection.request(original);
        transport.ok("{}");

        connection.request(original.retryOf(response));

        assertThat(transport.lastBody()).isEqualTo("{\"RequestItems\":{"
                + "\"Tbl3\":[{\"DeleteRequest\":{\"Key\":{\"k\":{\"S\":\"a\"}}}}],"
                + "\"Tbl1\":[{\"PutRequest\":{\"Item\":{\"h\":{\"N\":\"2\"},\"b\":{\"B\":\"AQI=\"},"
                + "\"ns\":{\"NS\":[\"1.50\",\"2\"]},"
                + "\"m\":{\"M\":{\"l\":{\"L\":[{\"NULL\":true},{\"BOOL\":false}]}}}}}},"
                + "{\"DeleteRequest\":{\"Key\":{\"h\":{\"N\":\"3\"}}}}]},"
                + "\"ReturnConsumedCapacity\":\"TOTAL\",\"ReturnItemCollectionMetrics\":\"SIZE\"}");
    }

    @Test
    void retryOfNothingUnprocessedIsAnEmptyBatchThatFailsBeforeSending() {
        BatchWriteItem original = new BatchWriteItem().table("Tbl").put(Map.of("h", 1));
        transport.ok("{}");
        BatchWriteItem retry = original.retryOf(connection.request(original));

        assertThatThrownBy(() -> connection.request(retry)).isInstanceOf(BuilderException.class);
        assertThat(transport.requests()).hasSize(1);
    }

    @Test
    void writeRequestsAreValues() {
        WriteRequest put = WriteRequest.put(Map.of("h", 1));
        assertThat(put).isEqualTo(WriteRequest.put(Map.of("h", 1)))
                .hasSameHashCodeAs(WriteRequest.put(Map.of("h", 1)))
                .isNotEqualTo(WriteRequest.delete(Map.of("h", 1))).hasToString("Put{h=1}");
        assertThat(WriteRequest.delete(Map.of("h", 1))).hasToString("Delete{h=1}");
        assertThatThrownBy(() -> put.item().put("x", 2)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void itemCollectionMetricsAreValues() {
        transport.ok("{\"ItemCollectionMetrics\":{\"Tbl\":[{\"ItemCollectionKey\":{\"h\":{\"N\":\"1\"}},"
                + "\"SizeEstimateRangeGB\":[1,2]},{\"ItemCollectionKey\":{\"h\":{\"N\":\"1\"}},"
                + "\"SizeEstimateRangeGB\":[1,2]},{}]}}");
        List<ItemCollectionMetrics> metrics = connection.request(new BatchWriteItem().table("Tbl")
                .put(Map.of("h", 1))).itemCollectionMetrics().get("Tbl");

        assertThat(metrics.get(0)).isEqualTo(metrics.get(1)).hasSameHashCodeAs(metrics.get(1))
                .isNotEqualTo(metrics.get(2));
        assertThat(metrics.get(2).itemCollectionKey()).isEmpty();
        assertThat(metrics.get(2).sizeEstimateRangeGB()).isEmpty();
    }
}
