package io.lowvoltage.examples;

import io.lowvoltage.Connection;
import io.lowvoltage.Item;
import io.lowvoltage.actions.CreateTable;
import io.lowvoltage.actions.Query;
import io.lowvoltage.actions.ScalarAttributeType;
import io.lowvoltage.compounds.Compounds;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Loads 500 orders of 5 customers with one call of {@link Compounds#batchPutItem}, which splits them into
 * BatchWriteItem calls of 25 and resubmits what DynamoDB leaves unprocessed; then reads one customer's orders
 * back with {@link Compounds#iterateQuery}, which follows {@code LastEvaluatedKey} from page to page.
 *
 * <p>Runs against real DynamoDB when {@code AWS_ACCESS_KEY_ID} and {@code AWS_REGION} are set, else against a
 * local dynalite.
 */
public final class BatchLoadAndQuery {
    static final int CUSTOMERS = 5;
    static final int ORDERS = 500;

    private BatchLoadAndQuery() {
    }

    /**
     * @param args none
     * @throws Exception when the example fails
     */
    public static void main(String[] args) throws Exception {
        ExampleMain.run("BatchLoadAndQuery", BatchLoadAndQuery::run);
    }

    /**
     * The example proper.
     *
     * @param connection where to run it
     * @param table      the name of the table to create
     * @param out        where to print what it does
     * @return the orders of customer {@code c-0}, in order
     */
    public static List<Item> run(Connection connection, String table, PrintStream out) {
        connection.request(new CreateTable(table)
                .hashKey("customer", ScalarAttributeType.S)
                .rangeKey("id", ScalarAttributeType.N)
                .billingModePayPerRequest());
        Compounds.waitForTableActivation(connection, table);

        Compounds.batchPutItem(connection, table, IntStream.range(0, ORDERS).mapToObj(i -> Map.of(
                "customer", "c-" + i % CUSTOMERS,
                "id", i,
                "total", new BigDecimal(i).movePointLeft(2))));
        out.println("Wrote " + ORDERS + " orders in batches of 25");

        Query query = new Query(table)
                .keyConditionExpression("customer = :c")
                .expressionAttributeValue(":c", "c-0");
        List<Item> orders = Compounds.iterateQuery(connection, query).pageSize(30).stream().toList();
        BigDecimal sum = orders.stream().map(order -> order.getNumber("total")).reduce(BigDecimal.ZERO, BigDecimal::add);
        out.println("Customer c-0 has " + orders.size() + " orders, worth " + sum + " in all");
        return orders;
    }
}
