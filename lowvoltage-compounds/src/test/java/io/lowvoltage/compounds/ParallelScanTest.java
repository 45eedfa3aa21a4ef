package io.lowvoltage.compounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.Item;
import io.lowvoltage.actions.Scan;
import io.lowvoltage.compounds.support.Json;
import io.lowvoltage.compounds.support.ScriptedTransport;
import io.lowvoltage.exceptions.ClientException;
import io.lowvoltage.spi.TransportResponse;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ParallelScanTest {
    private static final Pattern SEGMENT = Pattern.compile("\"Segment\":(\\d+)");
    private static final Pattern START = Pattern.compile("\"ExclusiveStartKey\":\\{\"h\":\\{\"N\":\"(\\d+)\"}");

    private final ScriptedTransport transport = new ScriptedTransport();
    private final Connection connection = transport.connection();

    private static int segment(String body) {
        Matcher matcher = SEGMENT.matcher(body);
        assertThat(matcher.find()).as("Segment in %s", body).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    /** Page p (0, 1, 2) of segment s holds h = s * 100 + p * 10 + 0..9; the start key is the page number. */
    private static String threePagesPerSegment(String body) {
        int segment = segment(body);
        Matcher start = START.matcher(body);
        int page = start.find() ? Integer.parseInt(start.group(1)) : 0;
        int first = segment * 100 + page * 10;
        return Json.page(IntStream.range(first, first + 10), page < 2 ? page + 1 : -1);
    }

    /** Runs each task on a new thread and counts the tasks that ended. */
    private static final class CountingExecutor implements Executor {
        final CountDownLatch ended;

        CountingExecutor(int tasks) {
            ended = new CountDownLatch(tasks);
        }

        @Override
        public void execute(Runnable task) {
            new Thread(() -> {
                try {
                    task.run();
                } finally {
                    ended.countDown();
                }
            }).start();
        }
    }

    @Test
    void everySegmentIsReadOnceAndNothingIsSentBeforeTheFirstHasNext() {
        transport.handler(ParallelScanTest::threePagesPerSegment);
        try (ParallelScan scan = Compounds.parallelScan(connection, new Scan("Tbl"), 4)) {
            Iterator<Item> items = scan.iterator();
            assertThat(transport.count()).isZero();

            List<Integer> hs = Stream.generate(() -> items.hasNext() ? items.next() : null)
                    .takeWhile(item -> item != null).map(item -> item.getInt("h")).toList();
            Set<Integer> expected = IntStream.range(0, 4).flatMap(s -> IntStream.range(s * 100, s * 100 + 30))
                    .boxed().collect(Collectors.toSet());
            assertThat(hs).hasSize(120).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(transport.count()).isEqualTo(12);
        assertThat(transport.bodies()).allSatisfy(body -> assertThat(body).contains("\"TotalSegments\":4"));
    }

    @Test
    void theFirstFailureCancelsTheOtherSegmentsAndReachesTheConsumer() throws InterruptedException {
        CompletableFuture<TransportResponse> never = new CompletableFuture<>();
        transport.handler(body -> segment(body) == 2
                ? ScriptedTransport.response(400, Json.error("ValidationException"))
                : never);
        CountingExecutor executor = new CountingExecutor(4);
        ParallelScan scan = Compounds.parallelScan(connection, new Scan("Tbl"), 4, executor);

        assertThatThrownBy(() -> scan.iterator().hasNext()).isInstanceOf(ClientException.class)
                .hasMessageContaining("ValidationException");
        assertThat(executor.ended.await(5, TimeUnit.SECONDS)).as("every segment task ended").isTrue();
        assertThat(transport.count()).isEqualTo(4);
    }

    @Test
    void closingTheStreamEarlyCancelsEverything() throws InterruptedException {
        // Endless segments: every page says there is another.
        transport.handler(body -> Json.page(IntStream.range(0, 10), 1));
        CountingExecutor executor = new CountingExecutor(3);
        try (Stream<Item> items = Compounds.parallelScan(connection, new Scan("Tbl"), 3, executor).stream()) {
            assertThat(items.limit(25).count()).isEqualTo(25);
        }
        assertThat(executor.ended.await(5, TimeUnit.SECONDS)).as("every segment task ended").isTrue();
        int sent = transport.count();
        Thread.sleep(200);
        assertThat(transport.count()).isEqualTo(sent);
        // Bounded: 3 pages consumed or queued, one more in flight per segment, at most.
        assertThat(sent).isLessThanOrEqualTo(3 + 3 + 3);
    }
}
