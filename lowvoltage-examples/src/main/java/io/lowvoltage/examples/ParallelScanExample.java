package io.lowvoltage.examples;

import io.lowvoltage.Connection;
import io.lowvoltage.Item;
import io.lowvoltage.actions.CreateTable;
import io.lowvoltage.actions.ScalarAttributeType;
import io.lowvoltage.actions.Scan;
import io.lowvoltage.compounds.Compounds;
import io.lowvoltage.compounds.ParallelScan;
import java.io.PrintStream;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Reads a whole table with a parallel scan: {@link Compounds#parallelScan} sends one paginated Scan per segment,
 * concurrently, and streams their items to one iterator through a bounded queue. Closing the scan stops every
 * segment.
 *
 * <p>Runs against real DynamoDB when {@code AWS_ACCESS_KEY_ID} and {@code AWS_REGION} are set, else against a
 * local dynalite.
 */
public final class ParallelScanExample {
    static final int ITEMS = 1_000;
    static final int SEGMENTS = 4;

    private ParallelScanExample() {
    }

    /**
     * @param args none
     * @throws Exception when the example fails
     */
    public static void main(String[] args) throws Exception {
        ExampleMain.run("ParallelScan", ParallelScanExample::run);
    }

    /**
     * The example proper.
     *
     * @param connection where to run it
     * @param table      the name of the table to create
     * @param out        where to print what it does
     * @return the sum of the {@code n} attribute of every item scanned
     */
    public static long run(Connection connection, String table, PrintStream out) {
        connection.request(new CreateTable(table).hashKey("h", ScalarAttributeType.N).billingModePayPerRequest());
        Compounds.waitForTableActivation(connection, table);
        Compounds.batchPutItem(connection, table, IntStream.range(0, ITEMS).mapToObj(i -> Map.of("h", i, "n", i)));

        long count;
        long sum;
        try (ParallelScan scan = Compounds.parallelScan(connection, new Scan(table).limit(100), SEGMENTS)) {
            long[] totals = new long[2];
            for (Item item : scan) {
                totals[0]++;
                totals[1] += item.getLong("n");
            }
            count = totals[0];
            sum = totals[1];
        }
        out.println("Scanned " + count + " items in " + SEGMENTS + " segments; their n add up to " + sum);
        return sum;
    }
}
