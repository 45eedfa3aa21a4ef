package io.lowvoltage.compounds;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.lowvoltage.Connection;
import io.lowvoltage.Item;
import io.lowvoltage.actions.Scan;
import io.lowvoltage.credentials.StaticCredentials;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A million items scanned from a local HTTP server that makes each page when asked, in a JVM capped at 64 MB of
 * heap (the {@code small-heap} surefire execution): paginators stream, they never collect. The items take about
 * 60 MB as JSON and several times that as objects, so holding them would fail.
 */
class MillionItemScanSmallHeapTest {
    private static final int ITEMS = 1_000_000;
    private static final int PAGE = 1_000;
    private static final int SEGMENTS = 4;
    private static final Pattern START = Pattern.compile("\"ExclusiveStartKey\":\\{\"h\":\\{\"N\":\"(\\d+)\"}");
    private static final Pattern SEGMENT = Pattern.compile("\"Segment\":(\\d+)");

    private static HttpServer server;
    private static ExecutorService serverThreads;
    private static Connection connection;

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] page = page(body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        serverThreads = Executors.newFixedThreadPool(SEGMENTS);
        server.setExecutor(serverThreads);
        server.start();
        connection = Connection.builder().region("us-east-1")
                .endpoint("http://127.0.0.1:" + server.getAddress().getPort())
                .credentials(new StaticCredentials("AKID", "SECRET"))
                .build();
    }

    @AfterAll
    static void stopServer() {
        connection.close();
        server.stop(0);
        serverThreads.shutdownNow();
    }

    /**
     * Items {@code h} from the start key + 1 (or the segment's first) to the end of the page; with segments, segment
     * s holds [s * ITEMS / SEGMENTS, (s + 1) * ITEMS / SEGMENTS).
     */
    private static String page(String request) {
        Matcher segmentMatcher = SEGMENT.matcher(request);
        int segments = segmentMatcher.find() ? SEGMENTS : 1;
        int segment = segments == 1 ? 0 : Integer.parseInt(segmentMatcher.group(1));
        int end = (segment + 1) * (ITEMS / segments);
        Matcher start = START.matcher(request);
        int first = start.find() ? Integer.parseInt(start.group(1)) + 1 : segment * (ITEMS / segments);
        int last = Math.min(first + PAGE, end);
        StringBuilder json = new StringBuilder(PAGE * 48).append("{\"Items\":[");
        for (int h = first; h < last; h++) {
            json.append(h == first ? "" : ",").append("{\"h\":{\"N\":\"").append(h)
                    .append("\"},\"v\":{\"S\":\"item ").append(h).append("\"}}");
        }
        json.append("],\"Count\":").append(last - first).append(",\"ScannedCount\":").append(last - first);
        if (last < end) {
            json.append(",\"LastEvaluatedKey\":{\"h\":{\"N\":\"").append(last - 1).append("\"}}");
        }
        return json.append('}').toString();
    }

    @Test
    void aMillionItemsAreScannedInSixtyFourMegabytes() {
        assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx64m").isLessThan(100L * 1024 * 1024);
        long started = System.nanoTime();
        long count = 0;
        long sum = 0;
        Iterator<Item> items = Compounds.iterateScan(connection, new Scan("Million")).iterator();
        while (items.hasNext()) {
            sum += items.next().getLong("h");
            count++;
        }
        System.out.printf("iterateScan: %d items in %d ms%n", count, (System.nanoTime() - started) / 1_000_000);

        assertThat(count).isEqualTo(ITEMS);
        assertThat(sum).isEqualTo((long) ITEMS * (ITEMS - 1) / 2);
    }

    @Test
    void aMillionItemsAreScannedInParallelInSixtyFourMegabytes() {
        long started = System.nanoTime();
        long count;
        long sum;
        try (ParallelScan scan = Compounds.parallelScan(connection, new Scan("Million"), SEGMENTS)) {
            long[] totals = new long[2];
            scan.forEach(item -> {
                totals[0]++;
                totals[1] += item.getLong("h");
            });
            count = totals[0];
            sum = totals[1];
        }
        System.out.printf("parallelScan(%d): %d items in %d ms%n", SEGMENTS, count,
                (System.nanoTime() - started) / 1_000_000);

        assertThat(count).isEqualTo(ITEMS);
        assertThat(sum).isEqualTo((long) ITEMS * (ITEMS - 1) / 2);
    }
}
