package io.lowvoltage.compounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.Item;
import io.lowvoltage.actions.CreateTable;
import io.lowvoltage.actions.DeleteTable;
import io.lowvoltage.actions.Query;
import io.lowvoltage.actions.ScalarAttributeType;
import io.lowvoltage.actions.Scan;
import io.lowvoltage.actions.ScanResponse;
import io.lowvoltage.actions.TableStatus;
import io.lowvoltage.testing.DynaliteExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The compounds end to end against dynalite, on the JDK transport and the SigV4 signer. */
@ExtendWith(DynaliteExtension.class)
class CompoundsIT {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(50);

    private static String uniqueName(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
    }

    /** A table with a number partition key {@code h} and a number sort key {@code r}, active. */
    private static String createTable(Connection connection, String prefix) {
        String table = uniqueName(prefix);
        connection.request(new CreateTable(table).hashKey("h", ScalarAttributeType.N)
                .rangeKey("r", ScalarAttributeType.N).provisionedThroughput(100, 100));
        Compounds.waitForTableActivation(connection, table, TIMEOUT, POLL);
        return table;
    }

    @Test
    void fiveThousandItemsPutComeBackByQueryAndByParallelScan(Connection connection) {
        String table = createTable(connection, "FiveThousand");
        int count = 5_000;
        int partitions = 10;
        Compounds.batchPutItem(connection, table,
                IntStream.range(0, count).mapToObj(i -> Map.of("h", i % partitions, "r", i, "v", "item " + i)));

        List<Integer> queried = new ArrayList<>();
        for (int h = 0; h < partitions; h++) {
            Compounds.iterateQuery(connection, new Query(table).keyConditionExpression("h = :h")
                            .expressionAttributeValue(":h", h))
                    .pageSize(137)
                    .forEach(item -> queried.add(item.getInt("r")));
        }
        assertThat(queried).hasSize(count).doesNotHaveDuplicates();
        assertThat(new HashSet<>(queried)).isEqualTo(range(count));

        List<Integer> scanned = new ArrayList<>();
        try (ParallelScan scan = Compounds.parallelScan(connection, new Scan(table).limit(250), 4)) {
            scan.forEach(item -> scanned.add(item.getInt("r")));
        }
        assertThat(scanned).hasSize(count).doesNotHaveDuplicates();
        assertThat(new HashSet<>(scanned)).isEqualTo(range(count));

        List<Map<String, ?>> keys = IntStream.range(0, count).<Map<String, ?>>mapToObj(i -> Map.of("h", i % partitions,
                "r", i)).toList();
        assertThat(Compounds.iterateBatchGetItem(connection, table, keys).stream().map(item -> item.getInt("r")).toList())
                .hasSize(count).doesNotHaveDuplicates();

        Compounds.batchDeleteItem(connection, table, keys.subList(0, 1_000));
        assertThat(Compounds.iterateScan(connection, new Scan(table)).stream().count()).isEqualTo(count - 1_000);
    }

    @Test
    void itemsNearTheSizeLimitAreWrittenInCallsSplitOnSizeAndReadBack(Connection connection) {
        String table = createTable(connection, "BigItems");
        // 21 items of 390,000 quotes: 390 KB each as DynamoDB counts, 780 KB each in JSON: calls of 20 and 1.
        String quotes = "\"".repeat(390_000);
        List<Map<String, ?>> items = IntStream.range(0, 21).<Map<String, ?>>mapToObj(i -> Map.of("h", 0, "r", i,
                "v", quotes)).toList();
        assertThat(BatchWriter.chunks(table, items.stream().map(io.lowvoltage.actions.WriteRequest::put).toList()))
                .extracting(List::size).containsExactly(20, 1);

        Compounds.batchPutItem(connection, table, items);

        List<Item> read = Compounds.iterateBatchGetItem(connection, table,
                IntStream.range(0, 21).mapToObj(i -> Map.of("h", 0, "r", i))).stream().toList();
        assertThat(read).hasSize(21).allSatisfy(item -> assertThat(item.getString("v")).isEqualTo(quotes));
    }

    @Test
    void smallLimitsPaginate(Connection connection) {
        String table = createTable(connection, "SmallPages");
        Compounds.batchPutItem(connection, table, IntStream.range(0, 50).mapToObj(i -> Map.of("h", i, "r", 0)));

        List<ScanResponse> pages = Compounds.iterateScan(connection, new Scan(table)).pageSize(7).pageStream().toList();
        assertThat(pages.stream().mapToInt(ScanResponse::count).sum()).isEqualTo(50);
        assertThat(pages.size()).isBetween(8, 9); // dynalite may end with an empty page
        assertThat(pages.subList(0, 7)).allSatisfy(page -> assertThat(page.count()).isEqualTo(7));

        assertThat(Compounds.iterateScan(connection, new Scan(table)).pageSize(3).maxItems(10).stream()).hasSize(10);
        assertThat(Compounds.iterateScan(connection, new Scan(table)).maxItems(1).pages()).hasSize(1);

        Set<String> tables = new HashSet<>();
        Compounds.iterateListTables(connection).pageSize(1).forEach(tables::add);
        assertThat(tables).contains(table);
    }

    @Test
    void waitersSeeATableComeAndGo(Connection connection) {
        String table = uniqueName("Waited");
        assertThatThrownBy(() -> Compounds.waitForTableActivation(connection, table, Duration.ofMillis(300), POLL))
                .isInstanceOfSatisfying(WaiterException.class, e -> assertThat(e.isTimeout()).isTrue());

        connection.request(new CreateTable(table).hashKey("h", ScalarAttributeType.N).provisionedThroughput(1, 1));
        assertThat(Compounds.waitForTableActivation(connection, table, TIMEOUT, POLL).tableStatus())
                .isEqualTo(TableStatus.ACTIVE);

        connection.request(new DeleteTable(table));
        Compounds.waitForTableDeletion(connection, table, TIMEOUT, POLL);
        assertThat(Compounds.iterateListTables(connection).stream()).doesNotContain(table);
    }

    private static Set<Integer> range(int count) {
        Set<Integer> set = new HashSet<>();
        IntStream.range(0, count).forEach(set::add);
        return set;
    }
}
