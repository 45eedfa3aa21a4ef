package io.lowvoltage.examples;

import io.lowvoltage.Connection;
import io.lowvoltage.Item;
import io.lowvoltage.actions.CreateTable;
import io.lowvoltage.actions.DeleteTable;
import io.lowvoltage.actions.DescribeTable;
import io.lowvoltage.actions.GetItem;
import io.lowvoltage.actions.PutItem;
import io.lowvoltage.actions.ScalarAttributeType;
import io.lowvoltage.actions.TableStatus;
import io.lowvoltage.credentials.EnvironmentCredentials;
import io.lowvoltage.testing.Dynalite;
import java.io.PrintStream;
import java.util.Map;
import java.util.UUID;

/**
 * The README's quick start: creates a table, writes an item, reads it back and prints it.
 *
 * <p>With {@code AWS_ACCESS_KEY_ID} and {@code AWS_REGION} (or {@code AWS_DEFAULT_REGION}) set, it runs against
 * real DynamoDB, in a table of its own that it deletes at the end. Otherwise it starts a local dynalite.
 */
public final class QuickStart {
    private QuickStart() {
    }

    /**
     * @param args none
     * @throws InterruptedException if interrupted while waiting for the table
     */
    public static void main(String[] args) throws InterruptedException {
        if (System.getenv("AWS_ACCESS_KEY_ID") != null
                && (System.getenv("AWS_REGION") != null || System.getenv("AWS_DEFAULT_REGION") != null)) {
            try (Connection connection = Connection.builder().credentials(new EnvironmentCredentials()).build()) {
                String table = "LowVoltageQuickStart-" + UUID.randomUUID();
                System.out.println("Using " + connection);
                try {
                    run(connection, table, System.out);
                } finally {
                    connection.request(new DeleteTable(table));
                }
            }
        } else {
            try (Dynalite dynalite = Dynalite.start(); Connection connection = dynalite.connection()) {
                System.out.println("No AWS_ACCESS_KEY_ID and AWS_REGION: using a local dynalite at "
                        + dynalite.endpoint());
                run(connection, "QuickStart", System.out);
            }
        }
    }

    /**
     * The quick start proper.
     *
     * @param connection where to run it
     * @param table      the name of the table to create
     * @param out        where to print the item read back
     * @return the item read back
     * @throws InterruptedException if interrupted while waiting for the table
     */
    public static Item run(Connection connection, String table, PrintStream out) throws InterruptedException {
        connection.request(new CreateTable(table).hashKey("h", ScalarAttributeType.N).billingModePayPerRequest());
        waitUntilActive(connection, table);

        connection.request(new PutItem(table, Map.of("h", 0, "gr", 10, "gh", 0)));
        Item item = connection.request(new GetItem(table, Map.of("h", 0)).consistentRead(true)).item();

        out.println(item);
        return item;
    }

    private static void waitUntilActive(Connection connection, String table) throws InterruptedException {
        // A new table is CREATING for a while (seconds on DynamoDB); items can be written once it is ACTIVE.
        for (int attempt = 0; attempt < 120; attempt++) {
            if (connection.request(new DescribeTable(table)).table().tableStatus() == TableStatus.ACTIVE) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Table " + table + " did not become ACTIVE within a minute");
    }
}
