package io.lowvoltage.it;

import io.lowvoltage.Connection;
import io.lowvoltage.actions.CreateTable;
import io.lowvoltage.actions.DescribeTable;
import io.lowvoltage.actions.IndexStatus;
import io.lowvoltage.actions.TableDescription;
import io.lowvoltage.actions.TableStatus;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Table helpers for integration tests: unique names, since one dynalite serves the whole test JVM, and creation
 * that waits until the table is usable.
 */
public final class Tables {
    private static final int MAX_DESCRIBES = 100;
    private static final long PAUSE_MILLIS = 50;
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Tables() {
    }

    /**
     * @param prefix what the table is for, such as {@code "orders"}
     * @return a table name no other call in this JVM returns, valid for DynamoDB (3 to 255 of {@code [a-zA-Z0-9_.-]})
     */
    public static String uniqueName(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
    }

    /**
     * Creates a table and waits until it and its indexes are {@code ACTIVE}.
     *
     * @param connection where to create it
     * @param action     the table to create
     * @return the table's name
     * @throws IllegalStateException when it is still not active after about five seconds
     */
    public static String create(Connection connection, CreateTable action) {
        String name = connection.request(action).tableDescription().tableName();
        awaitActive(connection, name);
        return name;
    }

    /**
     * Polls DescribeTable, a bounded number of times, until the table and its global secondary indexes are
     * {@code ACTIVE}: dynalite keeps them {@code CREATING} or {@code UPDATING} for its {@code *TableMs} settings.
     *
     * @param connection where the table is
     * @param tableName  the table
     * @return the active table's description
     * @throws IllegalStateException when it is still not active after about five seconds
     */
    public static TableDescription awaitActive(Connection connection, String tableName) {
        TableDescription table = null;
        for (int attempt = 0; attempt < MAX_DESCRIBES; attempt++) {
            table = connection.request(new DescribeTable(tableName)).table();
            boolean indexesActive = table.globalSecondaryIndexes().stream()
                    .allMatch(index -> index.indexStatus() == IndexStatus.ACTIVE);
            if (table.tableStatus() == TableStatus.ACTIVE && indexesActive) {
                return table;
            }
            pause();
        }
        throw new IllegalStateException("Table " + tableName + " is not ACTIVE after " + MAX_DESCRIBES
                + " DescribeTable calls: " + table);
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a table to become ACTIVE", e);
        }
    }
}
