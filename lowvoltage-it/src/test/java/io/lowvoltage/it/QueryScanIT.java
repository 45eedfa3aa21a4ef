package io.lowvoltage.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.Item;
import io.lowvoltage.actions.ComparisonOperator;
import io.lowvoltage.actions.Condition;
import io.lowvoltage.actions.CreateTable;
import io.lowvoltage.actions.PutItem;
import io.lowvoltage.actions.Query;
import io.lowvoltage.actions.QueryResponse;
import io.lowvoltage.actions.ScalarAttributeType;
import io.lowvoltage.actions.Scan;
import io.lowvoltage.actions.ScanResponse;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.exceptions.ResourceNotFoundException;
import io.lowvoltage.testing.DynaliteExtension;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Query and Scan against dynalite, over one table: partition {@code h = 0} holds seven fruits sorted by name
 * ({@code r}), with a number {@code n} that runs the other way (the local index {@code byN} sorts on it) and a
 * colour {@code g} (the global index {@code byColor}); partitions 1 to 8 hold three filler items each, for scans.
 */
@ExtendWith(DynaliteExtension.class)
class QueryScanIT {
    private static final String TABLE = Tables.uniqueName("QueryScanIT");
    private static final List<String> FRUITS =
            List.of("apple", "apricot", "banana", "blueberry", "cherry", "citrus", "date");
    private static final List<String> COLOURS = List.of("red", "orange", "yellow", "blue", "red", "yellow", "brown");
    private static final int FILLER_PARTITIONS = 8;
    private static final int FILLERS_PER_PARTITION = 3;
    private static final int ITEM_COUNT = FRUITS.size() + FILLER_PARTITIONS * FILLERS_PER_PARTITION;

    @BeforeAll
    static void createAndFillTable(Connection connection) {
        Tables.create(connection, new CreateTable(TABLE)
                .hashKey("h", ScalarAttributeType.N).rangeKey("r", ScalarAttributeType.S)
                .provisionedThroughput(5, 5)
                .localSecondaryIndex("byN").rangeKey("n", ScalarAttributeType.N).projectAll()
                .globalSecondaryIndex("byColor").hashKey("g", ScalarAttributeType.S)
                .rangeKey("r", ScalarAttributeType.S).projectKeysOnly().provisionedThroughput(5, 5)
                .table());
        for (int i = 0; i < FRUITS.size(); i++) {
            put(connection, Map.of("h", 0, "r", FRUITS.get(i), "n", FRUITS.size() - i, "g", COLOURS.get(i)));
        }
        for (int h = 1; h <= FILLER_PARTITIONS; h++) {
            for (int i = 1; i <= FILLERS_PER_PARTITION; i++) {
                put(connection, Map.of("h", h, "r", "x" + i, "n", i));
            }
        }
    }

    private static Query fruits(String sortKeyCondition) {
        return new Query(TABLE).keyConditionExpression("h = :h AND " + sortKeyCondition)
                .expressionAttributeValue(":h", 0);
    }

    private static List<String> sortKeys(List<Item> items) {
        return items.stream().map(item -> item.getString("r")).toList();
    }

    @Test
    void sortKeyConditionsSelectTheRangeInBothDirections(Connection connection) {
        Function<Query, List<String>> run = query -> sortKeys(connection.request(query).items());

        assertThat(run.apply(fruits("r BETWEEN :lo AND :hi")
                .expressionAttributeValue(":lo", "apricot").expressionAttributeValue(":hi", "blueberry")))
                .containsExactly("apricot", "banana", "blueberry");
        assertThat(run.apply(fruits("r BETWEEN :lo AND :hi").scanIndexForward(false)
                .expressionAttributeValue(":lo", "apricot").expressionAttributeValue(":hi", "blueberry")))
                .containsExactly("blueberry", "banana", "apricot");
        assertThat(run.apply(fruits("begins_with(r, :p)").expressionAttributeValue(":p", "b")))
                .containsExactly("banana", "blueberry");
        assertThat(run.apply(fruits("begins_with(r, :p)").expressionAttributeValue(":p", "b").scanIndexForward(false)))
                .containsExactly("blueberry", "banana");
        assertThat(run.apply(fruits("r < :r").expressionAttributeValue(":r", "banana")))
                .containsExactly("apple", "apricot");
        assertThat(run.apply(fruits("r < :r").expressionAttributeValue(":r", "banana").scanIndexForward(false)))
                .containsExactly("apricot", "apple");
    }

    @Test
    void pagesOfTwoFollowTheLastEvaluatedKeyToTheEnd(Connection connection) {
        for (boolean forward : new boolean[] {true, false}) {
            Query query = new Query(TABLE).keyConditionExpression("h = :h").expressionAttributeValue(":h", 0)
                    .limit(2).scanIndexForward(forward);
            List<String> seen = new ArrayList<>();
            int pages = 0;
            QueryResponse page;
            do {
                page = connection.request(query);
                pages++;
                assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
                seen.addAll(sortKeys(page.items()));
                query.exclusiveStartKey(page.lastEvaluatedKey());
            } while (page.hasMorePages());

            List<String> expected = new ArrayList<>(FRUITS);
            if (!forward) {
                Collections.reverse(expected);
            }
            assertThat(seen).containsExactlyElementsOf(expected);
            assertThat(pages).isBetween(4, 5);
            assertThat(page.lastEvaluatedKey()).isNull();
        }
    }

    @Test
    void selectCountCountsWithoutItems(Connection connection) {
        QueryResponse response = connection.request(fruits("r >= :r").expressionAttributeValue(":r", "b").selectCount());

        assertThat(response.count()).isEqualTo(5);
        assertThat(response.scannedCount()).isEqualTo(5);
        assertThat(response.items()).isEmpty();
        assertThat(response.hasMorePages()).isFalse();
    }

    @Test
    void aFilterExpressionKeepsMatchingItemsAfterReading(Connection connection) {
        QueryResponse response = connection.request(new Query(TABLE).keyConditionExpression("h = :h")
                .filterExpression("#n > :n AND #g <> :g")
                .expressionAttributeName("#n", "n").expressionAttributeName("#g", "g")
                .expressionAttributeValue(":h", 0).expressionAttributeValue(":n", 3)
                .expressionAttributeValue(":g", "orange")
                .projectionExpression("r, #n")
                .returnConsumedCapacityTotal());

        assertThat(sortKeys(response.items())).containsExactly("apple", "banana", "blueberry");
        assertThat(response.items().get(0)).containsOnlyKeys("r", "n");
        assertThat(response.items().get(0).getNumber("n")).isEqualByComparingTo(BigDecimal.valueOf(7));
        assertThat(response.count()).isEqualTo(3);
        assertThat(response.scannedCount()).isEqualTo(FRUITS.size());
        assertThat(response.consumedCapacity().tableName()).isEqualTo(TABLE);
    }

    @Test
    void legacyKeyConditionsAndQueryFilterWork(Connection connection) {
        // Only AND: dynalite 4.0.0 gets ConditionalOperator OR wrong, answering with the first condition alone
        // (matchesFilter in db/index.js returns false on the first failing condition). QueryTest covers OR's bytes.
        QueryResponse response = connection.request(new Query(TABLE)
                .keyCondition("h", Condition.of(ComparisonOperator.EQ, 0))
                .keyCondition("r", Condition.of(ComparisonOperator.GE, "b"))
                .queryFilter("g", Condition.of(ComparisonOperator.IN, "yellow", "red"))
                .queryFilter("n", Condition.of(ComparisonOperator.LT, 4))
                .conditionalOperatorAnd()
                .attributesToGet("r", "g"));

        assertThat(sortKeys(response.items())).containsExactly("cherry", "citrus");
        assertThat(response.items()).allSatisfy(item -> assertThat(item).containsOnlyKeys("r", "g"));
        assertThat(response.scannedCount()).isEqualTo(5);
    }

    @Test
    void aGlobalSecondaryIndexIsQueriedByItsOwnKey(Connection connection) {
        QueryResponse response = connection.request(new Query(TABLE).indexName("byColor")
                .keyConditionExpression("g = :g").expressionAttributeValue(":g", "red")
                .selectAllProjectedAttributes());

        assertThat(sortKeys(response.items())).containsExactly("apple", "cherry");
        assertThat(response.items().get(0)).containsOnlyKeys("h", "r", "g");
    }

    @Test
    void aLocalSecondaryIndexSortsByItsOwnKey(Connection connection) {
        QueryResponse response = connection.request(new Query(TABLE).indexName("byN")
                .keyConditionExpression("h = :h AND n <= :n")
                .expressionAttributeValue(":h", 0).expressionAttributeValue(":n", 3)
                .consistentRead(true)
                .selectAllAttributes());

        assertThat(sortKeys(response.items())).containsExactly("date", "citrus", "cherry");
        assertThat(response.items().get(0)).containsKeys("h", "r", "n", "g");
    }

    @Test
    void aParallelScanOfThreeSegmentsReadsEveryItemOnce(Connection connection) {
        List<String> keys = new ArrayList<>();
        for (int segment = 0; segment < 3; segment++) {
            Scan scan = new Scan(TABLE).segment(segment, 3).limit(4);
            ScanResponse page;
            do {
                page = connection.request(scan);
                page.items().forEach(item -> keys.add(item.getInt("h") + "/" + item.getString("r")));
                scan.exclusiveStartKey(page.lastEvaluatedKey());
            } while (page.hasMorePages());
        }

        assertThat(keys).hasSize(ITEM_COUNT).doesNotHaveDuplicates();
    }

    @Test
    void aScanFiltersWithExpressionsOrLegacyConditions(Connection connection) {
        ScanResponse coloured = connection.request(new Scan(TABLE).scanFilter("g", Condition.of(ComparisonOperator.NOT_NULL)));
        assertThat(coloured.items()).hasSize(FRUITS.size());
        assertThat(coloured.scannedCount()).isEqualTo(ITEM_COUNT);

        ScanResponse counted = connection.request(new Scan(TABLE).filterExpression("begins_with(r, :x)")
                .expressionAttributeValue(":x", "x").selectCount());
        assertThat(counted.count()).isEqualTo(FILLER_PARTITIONS * FILLERS_PER_PARTITION);
        assertThat(counted.items()).isEmpty();
    }

    @Test
    void aQueryWithoutKeyConditionFailsBeforeSending(Connection connection) {
        assertThatThrownBy(() -> connection.request(new Query(TABLE).filterExpression("n > :n")
                .expressionAttributeValue(":n", 1)))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("Query needs a key condition: ");
    }

    @Test
    void aMissingTableIsResourceNotFound(Connection connection) {
        String missing = "QueryScanIT-missing-" + UUID.randomUUID();
        assertThatThrownBy(() -> connection.request(new Query(missing).keyConditionExpression("h = :h")
                .expressionAttributeValue(":h", 0)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> connection.request(new Scan(missing)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    private static void put(Connection connection, Map<String, Object> item) {
        connection.request(new PutItem(TABLE, item));
    }
}
