package io.lowvoltage.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.Item;
import io.lowvoltage.actions.BatchGetItem;
import io.lowvoltage.actions.BatchGetItemResponse;
import io.lowvoltage.actions.BatchWriteItem;
import io.lowvoltage.actions.BatchWriteItemResponse;
import io.lowvoltage.actions.ConsumedCapacity;
import io.lowvoltage.actions.CreateTable;
import io.lowvoltage.actions.ScalarAttributeType;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.exceptions.ResourceNotFoundException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** BatchWriteItem and BatchGetItem end to end: several tables in one request, projections, errors. */
@ExtendWith(io.lowvoltage.testing.DynaliteExtension.class)
class BatchIT {
    private final Connection connection;
    private final String numbers;
    private final String pairs;

    BatchIT(Connection connection) {
        this.connection = connection;
        numbers = Tables.create(connection, new CreateTable(Tables.uniqueName("Numbers"))
                .hashKey("h", ScalarAttributeType.N)
                .billingModePayPerRequest());
        pairs = Tables.create(connection, new CreateTable(Tables.uniqueName("Pairs"))
                .hashKey("p", ScalarAttributeType.S).rangeKey("r", ScalarAttributeType.N)
                .billingModePayPerRequest());
    }

    // Numbers as BigDecimal, as they read back, so that written and read items compare equal.
    private static Map<String, Object> number(int h) {
        return Map.of("h", BigDecimal.valueOf(h), "size", "s" + h, "color", h % 2 == 0 ? "red" : "blue");
    }

    private static Map<String, Object> pair(int r) {
        return Map.of("p", "p" + r % 3, "r", BigDecimal.valueOf(r), "tags", Set.of("t" + r));
    }

    @Test
    void writesTwentyFiveItemsAcrossTwoTablesInOneBatch() {
        BatchWriteItemResponse response = connection.request(new BatchWriteItem()
                .table(numbers).put(IntStream.range(0, 15).mapToObj(BatchIT::number))
                .table(pairs).put(IntStream.range(0, 10).mapToObj(BatchIT::pair).toList())
                .returnConsumedCapacityTotal()
                .returnItemCollectionMetricsSize());

        assertThat(response.hasUnprocessedItems()).isFalse();
        assertThat(response.consumedCapacity()).extracting(ConsumedCapacity::tableName)
                .containsExactlyInAnyOrder(numbers, pairs);
        assertThat(readAll(numbers, IntStream.range(0, 15).mapToObj(h -> Map.of("h", h)))).isEqualTo(
                IntStream.range(0, 15).mapToObj(BatchIT::number).collect(Collectors.toSet()));
        assertThat(readAll(pairs, IntStream.range(0, 10).mapToObj(r -> Map.of("p", "p" + r % 3, "r", r))))
                .isEqualTo(IntStream.range(0, 10).mapToObj(BatchIT::pair).collect(Collectors.toSet()));
    }

    @Test
    void putsAndDeletesInOneBatch() {
        putAll(numbers, IntStream.range(0, 10).mapToObj(BatchIT::number));
        putAll(pairs, IntStream.range(0, 6).mapToObj(BatchIT::pair));

        BatchWriteItemResponse response = connection.request(new BatchWriteItem()
                .table(numbers).delete(Map.of("h", 0), Map.of("h", 1)).put(number(10))
                .table(pairs).delete(List.of(Map.of("p", "p2", "r", 5))).put(pair(6))
                .table(numbers).delete(Stream.of(Map.of("h", 9), Map.of("h", 99))));

        assertThat(response.hasUnprocessedItems()).isFalse();
        assertThat(readAll(numbers, IntStream.range(0, 12).mapToObj(h -> Map.of("h", h))))
                .extracting(item -> item.getInt("h")).containsExactlyInAnyOrder(2, 3, 4, 5, 6, 7, 8, 10);
        assertThat(readAll(pairs, IntStream.range(0, 7).mapToObj(r -> Map.of("p", "p" + r % 3, "r", r))))
                .extracting(item -> item.getInt("r")).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 6);
    }

    @Test
    void readsOneHundredKeysAcrossTwoTablesAndReturnsExactlyTheItemsThatExist() {
        putAll(numbers, IntStream.range(0, 60).mapToObj(BatchIT::number));
        putAll(pairs, IntStream.range(0, 25).mapToObj(BatchIT::pair));

        BatchGetItemResponse response = connection.request(new BatchGetItem()
                .table(numbers).keys(IntStream.range(0, 70).mapToObj(h -> Map.of("h", h)))
                .table(pairs).keys(IntStream.range(0, 30).mapToObj(r -> Map.of("p", "p" + r % 3, "r", r)).toList())
                .returnConsumedCapacityTotal());

        assertThat(response.hasUnprocessedKeys()).isFalse();
        assertThat(response.responses()).containsOnlyKeys(numbers, pairs);
        assertThat(Set.copyOf(response.items(numbers))).isEqualTo(
                IntStream.range(0, 60).mapToObj(BatchIT::number).collect(Collectors.toSet()));
        assertThat(response.items(numbers)).hasSize(60);
        assertThat(Set.copyOf(response.items(pairs))).isEqualTo(
                IntStream.range(0, 25).mapToObj(BatchIT::pair).collect(Collectors.toSet()));
        assertThat(response.items(pairs)).hasSize(25);
        assertThat(response.items(pairs).get(0).getNumber("r")).isInstanceOf(BigDecimal.class);
        assertThat(response.consumedCapacity()).extracting(ConsumedCapacity::tableName)
                .containsExactlyInAnyOrder(numbers, pairs);
    }

    @Test
    void projectsEachTableOnItsOwnWithConsistentReads() {
        putAll(numbers, IntStream.range(0, 3).mapToObj(BatchIT::number));
        putAll(pairs, IntStream.range(0, 3).mapToObj(BatchIT::pair));

        BatchGetItemResponse response = connection.request(new BatchGetItem()
                .table(numbers).keys(Map.of("h", 1), Map.of("h", 2))
                .projectionExpression("h, #s").expressionAttributeName("#s", "size").consistentRead(true)
                .table(pairs).keys(Map.of("p", "p0", "r", 0)).attributesToGet("r", "tags").consistentRead(true));

        assertThat(Set.copyOf(response.items(numbers))).isEqualTo(Set.of(
                Map.of("h", BigDecimal.ONE, "size", "s1"), Map.of("h", new BigDecimal(2), "size", "s2")));
        assertThat(response.items(pairs)).singleElement()
                .isEqualTo(Map.of("r", BigDecimal.ZERO, "tags", Set.of("t0")));
    }

    @Test
    void aMissingTableIsResourceNotFound() {
        String missing = Tables.uniqueName("Missing");
        assertThatThrownBy(() -> connection.request(new BatchGetItem()
                .table(numbers).keys(Map.of("h", 1))
                .table(missing).keys(Map.of("h", 1))))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> connection.request(new BatchWriteItem().table(missing).put(Map.of("h", 1))))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void anEmptyBatchFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new BatchGetItem()))
                .isInstanceOf(BuilderException.class)
                .hasMessageContaining("BatchGetItem needs RequestItems");
        assertThatThrownBy(() -> connection.request(new BatchWriteItem().table(numbers)))
                .isInstanceOf(BuilderException.class)
                .hasMessageContaining("BatchWriteItem needs a put or delete for table " + numbers);
    }

    private void putAll(String table, Stream<Map<String, Object>> items) {
        List<Map<String, Object>> all = items.toList();
        for (int from = 0; from < all.size(); from += 25) {
            BatchWriteItemResponse response = connection.request(new BatchWriteItem()
                    .table(table).put(all.subList(from, Math.min(from + 25, all.size()))));
            assertThat(response.hasUnprocessedItems()).isFalse();
        }
    }

    private Set<Item> readAll(String table, Stream<Map<String, Object>> keys) {
        BatchGetItemResponse response = connection.request(new BatchGetItem().table(table).keys(keys));
        assertThat(response.hasUnprocessedKeys()).isFalse();
        List<Item> items = new ArrayList<>(response.items(table));
        assertThat(Set.copyOf(items)).hasSameSizeAs(items);
        return Set.copyOf(items);
    }
}
