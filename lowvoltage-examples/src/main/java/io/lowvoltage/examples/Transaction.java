package io.lowvoltage.examples;

import io.lowvoltage.Connection;
import io.lowvoltage.Item;
import io.lowvoltage.actions.CreateTable;
import io.lowvoltage.actions.GetItem;
import io.lowvoltage.actions.PutItem;
import io.lowvoltage.actions.ScalarAttributeType;
import io.lowvoltage.actions.TransactWriteItems;
import io.lowvoltage.compounds.Compounds;
import io.lowvoltage.exceptions.TransactionCanceledException;
import io.lowvoltage.exceptions.UnknownOperationException;
import java.io.PrintStream;
import java.util.Map;

/**
 * Moves money between two accounts with TransactWriteItems: both updates happen or neither does, and the
 * debit's condition (enough money) cancels the whole transaction when it does not hold.
 *
 * <p>Transactions need real DynamoDB: set {@code AWS_ACCESS_KEY_ID} and {@code AWS_REGION}. Against dynalite,
 * which lacks them, the request still goes out, signed and well-formed, and the example reports the server's
 * {@link UnknownOperationException}.
 */
public final class Transaction {
    /** What happened to the transfer. */
    public enum Outcome {
        /** Both accounts were updated. */
        COMMITTED,
        /** A condition did not hold: neither account changed. */
        CANCELED,
        /** The server does not implement transactions (dynalite). */
        UNSUPPORTED
    }

    private Transaction() {
    }

    /**
     * @param args none
     * @throws Exception when the example fails
     */
    public static void main(String[] args) throws Exception {
        ExampleMain.run("Transaction", Transaction::run);
    }

    /**
     * The example proper: alice has 100 and bob 0; alice sends bob 30.
     *
     * @param connection where to run it
     * @param table      the name of the table to create
     * @param out        where to print what it does
     * @return what happened to the transfer
     */
    public static Outcome run(Connection connection, String table, PrintStream out) {
        connection.request(new CreateTable(table).hashKey("account", ScalarAttributeType.S).billingModePayPerRequest());
        Compounds.waitForTableActivation(connection, table);
        connection.request(new PutItem(table, Map.of("account", "alice", "balance", 100)));
        connection.request(new PutItem(table, Map.of("account", "bob", "balance", 0)));

        TransactWriteItems transfer = new TransactWriteItems()
                .update(table, Map.of("account", "alice"))
                .updateExpression("SET balance = balance - :amount")
                .conditionExpression("balance >= :amount")
                .expressionAttributeValue(":amount", 30)
                .update(table, Map.of("account", "bob"))
                .updateExpression("SET balance = balance + :amount")
                .expressionAttributeValue(":amount", 30);
        out.println("TransactWriteItems: alice -30 if balance >= 30, bob +30");
        try {
            connection.request(transfer);
        } catch (UnknownOperationException e) {
            out.println("This server does not implement TransactWriteItems (" + e.getMessage()
                    + "): transactions need real DynamoDB");
            return Outcome.UNSUPPORTED;
        } catch (TransactionCanceledException e) {
            out.println("Canceled, nothing changed: " + e.cancellationReasons());
            return Outcome.CANCELED;
        }
        out.println("Committed: alice has " + balance(connection, table, "alice")
                + ", bob has " + balance(connection, table, "bob"));
        return Outcome.COMMITTED;
    }

    private static int balance(Connection connection, String table, String account) {
        Item item = connection.request(new GetItem(table, Map.of("account", account)).consistentRead(true)).item();
        return item.getInt("balance");
    }
}
