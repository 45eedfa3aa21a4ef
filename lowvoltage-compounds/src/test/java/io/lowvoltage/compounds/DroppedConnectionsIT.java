package io.lowvoltage.compounds;

import static org.assertj.core.api.Assertions.assertThat;

import io.lowvoltage.Connection;
import io.lowvoltage.actions.CreateTable;
import io.lowvoltage.actions.ScalarAttributeType;
import io.lowvoltage.actions.Scan;
import io.lowvoltage.actions.WriteRequest;
import io.lowvoltage.compounds.support.TcpProxy;
import io.lowvoltage.retry.RetryPolicies;
import io.lowvoltage.retry.RetryPolicy;
import io.lowvoltage.retry.StandardRetryPolicy;
import io.lowvoltage.testing.Dynalite;
import io.lowvoltage.testing.DynaliteExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Compounds through a proxy that drops connections before requests and in the middle of responses: a batch write of
 * 10,000 items lands every item exactly once, or its exception names every item that did not land; a parallel
 * scan through the same faults reads every item exactly once. The connection's retry policy retries the
 * {@code NetworkException} of each dropped connection; a dropped BatchWriteItem may have been applied before its
 * response was cut, and sending its puts again is harmless, because a put is idempotent.
 */
@ExtendWith(DynaliteExtension.class)
class DroppedConnectionsIT {
    private static final int COUNT = 10_000;
    /** 400 BatchWriteItem calls and about 100 Scan pages: about ten drops, half lost, half applied. */
    private static final int DROP_EVERY_REQUESTS = 50;
    /** Patient enough that a dropped call is retried to success, as an application facing a flaky network sets. */
    private static final RetryPolicy PATIENT = StandardRetryPolicy.builder().maxAttempts(8)
            .transientBase(Duration.ofMillis(10)).build();

    @Test
    void tenThousandItemsLandExactlyOnceOrTheExceptionNamesTheRest(Dynalite dynalite, Connection direct)
            throws Exception {
        String table = createTable(direct);
        List<Map<String, ?>> items = IntStream.range(0, COUNT)
                .<Map<String, ?>>mapToObj(h -> Map.of("h", h, "v", "item " + h)).toList();

        try (TcpProxy proxy = TcpProxy.start(dynalite.port()).dropEveryRequests(DROP_EVERY_REQUESTS);
                Connection proxied = dynalite.connectionBuilder().endpoint(proxy.endpoint()).retryPolicy(PATIENT)
                        .build()) {
            UnprocessedItemsException failure = null;
            try {
                Compounds.batchPutItem(proxied, table, items);
            } catch (UnprocessedItemsException e) {
                failure = e;
            }
            int dropsWhilePutting = proxy.droppedConnections();
            assertThat(dynalite.isRunning()).as("dynalite survives the drops: " + dynalite.output()).isTrue();
            Set<Integer> landed = readAll(direct, table);
            Set<Integer> missing = IntStream.range(0, COUNT).boxed().filter(h -> !landed.contains(h))
                    .collect(Collectors.toSet());
            System.out.printf("DroppedConnectionsIT: %d connections dropped of %d (%d requests) while putting %d"
                            + " items; %s%n", dropsWhilePutting, proxy.acceptedConnections(), proxy.requests(), COUNT, failure == null ? "every call succeeded"
                            : failure.unprocessedCount() + " named unprocessed (" + failure.getMessage() + ")");
            assertThat(dropsWhilePutting).as("the proxy must drop connections, or this tests nothing")
                    .isGreaterThanOrEqualTo(3);

            if (failure == null) {
                assertThat(missing).isEmpty();
            } else {
                List<WriteRequest> named = failure.unprocessedItems().get(table);
                Set<Integer> namedKeys = named.stream().map(r -> ((Number) r.item().get("h")).intValue())
                        .collect(Collectors.toSet());
                assertThat(namedKeys).as("every item not written is named").containsAll(missing);
                // Named but written anyway: only the call whose response was lost, at most one call of 25.
                Set<Integer> namedButLanded = new HashSet<>(namedKeys);
                namedButLanded.removeAll(missing);
                assertThat(namedButLanded).hasSizeLessThanOrEqualTo(BatchWriter.MAX_REQUESTS);
                Compounds.batchWriteItem(proxied, table, named, PATIENT);
                assertThat(readAll(direct, table)).hasSize(COUNT);
            }

            int dropsBeforeScan = proxy.droppedConnections();
            List<Integer> scanned = new ArrayList<>();
            try (ParallelScan scan = Compounds.parallelScan(proxied, new Scan(table).limit(100), 4)) {
                scan.forEach(item -> scanned.add(item.getInt("h")));
            }
            System.out.printf("DroppedConnectionsIT: %d connections dropped during the parallel scan%n",
                    proxy.droppedConnections() - dropsBeforeScan);
            assertThat(proxy.droppedConnections()).isGreaterThan(dropsBeforeScan);
            assertThat(scanned).hasSize(COUNT).doesNotHaveDuplicates();
        }
    }

    @Test
    void withoutRetriesEachFailureNamesTheItemsNotWrittenAndSendingThemAgainCompletes(Dynalite dynalite,
            Connection direct) throws Exception {
        String table = createTable(direct);
        List<Map<String, ?>> items = IntStream.range(0, COUNT)
                .<Map<String, ?>>mapToObj(h -> Map.of("h", h, "v", "item " + h)).toList();

        // No retries by the connection: every drop fails its call, lost and applied alike, and the compound hands
        // back what is left. Sending that again until nothing is left is what an application does after a crash.
        try (TcpProxy proxy = TcpProxy.start(dynalite.port()).dropEveryRequests(DROP_EVERY_REQUESTS);
                Connection proxied = dynalite.connectionBuilder().endpoint(proxy.endpoint())
                        .retryPolicy(RetryPolicies.FAIL_FAST).build()) {
            List<WriteRequest> pending = items.stream().<WriteRequest>map(WriteRequest::put).toList();
            int rounds = 0;
            int namedButLanded = 0;
            while (!pending.isEmpty()) {
                assertThat(++rounds).as("rounds").isLessThan(50);
                try {
                    Compounds.batchWriteItem(proxied, table, pending, RetryPolicies.FAIL_FAST);
                    pending = List.of();
                } catch (UnprocessedItemsException e) {
                    assertThat(e.getCause()).isInstanceOf(io.lowvoltage.exceptions.NetworkException.class);
                    List<WriteRequest> named = e.unprocessedItems().get(table);
                    Set<Integer> namedKeys = named.stream().map(r -> ((Number) r.item().get("h")).intValue())
                            .collect(Collectors.toSet());
                    Set<Integer> landed = readAll(direct, table);
                    Set<Integer> missing = IntStream.range(0, COUNT).boxed().filter(h -> !landed.contains(h))
                            .collect(Collectors.toSet());
                    assertThat(namedKeys).as("every item not written is named").containsAll(missing);
                    Set<Integer> extra = new HashSet<>(namedKeys);
                    extra.removeAll(missing);
                    assertThat(extra).as("named but written: the one call whose response was cut")
                            .hasSizeLessThanOrEqualTo(BatchWriter.MAX_REQUESTS);
                    namedButLanded += extra.isEmpty() ? 0 : 1;
                    pending = named;
                }
            }
            System.out.printf("DroppedConnectionsIT: without retries, %d rounds to write %d items; %d failures"
                    + " named a call that had been applied%n", rounds, COUNT, namedButLanded);
            assertThat(rounds).as("drops must fail calls, or this tests nothing").isGreaterThanOrEqualTo(4);
            assertThat(namedButLanded).as("some drops cut the response of an applied call").isPositive();
            assertThat(readAll(direct, table)).hasSize(COUNT);
        }
    }

    private static String createTable(Connection direct) {
        String table = "Dropped-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        direct.request(new CreateTable(table).hashKey("h", ScalarAttributeType.N).provisionedThroughput(100, 100));
        Compounds.waitForTableActivation(direct, table, Duration.ofSeconds(30), Duration.ofMillis(50));
        return table;
    }

    /** Every h of the table, read without the proxy; fails on a duplicate, which a keyed table cannot hold. */
    private static Set<Integer> readAll(Connection direct, String table) {
        List<Integer> hs = Compounds.iterateScan(direct, new Scan(table)).stream().map(item -> item.getInt("h"))
                .toList();
        Set<Integer> set = new HashSet<>(hs);
        assertThat(set).hasSameSizeAs(hs);
        return set;
    }
}
