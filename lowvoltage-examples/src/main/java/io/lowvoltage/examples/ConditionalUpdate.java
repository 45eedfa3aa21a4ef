package io.lowvoltage.examples;

import io.lowvoltage.Connection;
import io.lowvoltage.Item;
import io.lowvoltage.actions.CreateTable;
import io.lowvoltage.actions.GetItem;
import io.lowvoltage.actions.PutItem;
import io.lowvoltage.actions.ScalarAttributeType;
import io.lowvoltage.actions.UpdateItem;
import io.lowvoltage.compounds.Compounds;
import io.lowvoltage.exceptions.ConditionalCheckFailedException;
import java.io.PrintStream;
import java.util.Map;

/**
 * Optimistic locking with a condition expression: each writer reads a document and its {@code version}, and
 * writes only if the version is still the one it read. The second of two writers that read the same version is
 * refused with {@link ConditionalCheckFailedException}, instead of silently overwriting the first.
 *
 * <p>Runs against real DynamoDB when {@code AWS_ACCESS_KEY_ID} and {@code AWS_REGION} are set, else against a
 * local dynalite.
 */
public final class ConditionalUpdate {
    private ConditionalUpdate() {
    }

    /**
     * @param args none
     * @throws Exception when the example fails
     */
    public static void main(String[] args) throws Exception {
        ExampleMain.run("ConditionalUpdate", ConditionalUpdate::run);
    }

    /**
     * The example proper.
     *
     * @param connection where to run it
     * @param table      the name of the table to create
     * @param out        where to print what it does
     * @return the document as it ends up
     */
    public static Item run(Connection connection, String table, PrintStream out) {
        connection.request(new CreateTable(table).hashKey("id", ScalarAttributeType.S).billingModePayPerRequest());
        Compounds.waitForTableActivation(connection, table);
        connection.request(new PutItem(table, Map.of("id", "doc-1", "text", "first draft", "version", 1)));

        // Two writers read the same version...
        int seenByAlice = read(connection, table).getInt("version");
        int seenByBob = read(connection, table).getInt("version");

        // ...Alice writes first and wins...
        save(connection, table, "Alice's text", seenByAlice);
        out.println("Alice saved version " + (seenByAlice + 1));

        // ...and Bob's write, based on a version that is no longer current, is refused.
        try {
            save(connection, table, "Bob's text", seenByBob);
            out.println("Bob overwrote Alice's text: this must not happen");
        } catch (ConditionalCheckFailedException e) {
            out.println("Bob's write was refused (" + e.getClass().getSimpleName() + "): reload and retry");
        }

        Item document = read(connection, table);
        out.println(document);
        return document;
    }

    private static Item read(Connection connection, String table) {
        return connection.request(new GetItem(table, Map.of("id", "doc-1")).consistentRead(true)).item();
    }

    private static void save(Connection connection, String table, String text, int expectedVersion) {
        connection.request(new UpdateItem(table, Map.of("id", "doc-1"))
                .updateExpression("SET #text = :text, version = version + :one")
                .conditionExpression("version = :expected")
                .expressionAttributeName("#text", "text")      // TEXT is a reserved word
                .expressionAttributeValue(":text", text)
                .expressionAttributeValue(":one", 1)
                .expressionAttributeValue(":expected", expectedVersion));
    }
}
