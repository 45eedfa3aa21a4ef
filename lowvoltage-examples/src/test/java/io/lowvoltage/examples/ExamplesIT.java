package io.lowvoltage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.lowvoltage.Connection;
import io.lowvoltage.Item;
import io.lowvoltage.testing.Dynalite;
import io.lowvoltage.testing.DynaliteExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs every example but the quick start (QuickStartIT) against dynalite, and checks what it did and printed. */
@ExtendWith(DynaliteExtension.class)
class ExamplesIT {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void batchLoadAndQueryReadsBackEveryOrderOfOneCustomerInOrder(Connection connection) {
        List<Item> orders = BatchLoadAndQuery.run(connection, "BatchLoadAndQueryIT", out);

        assertThat(orders).extracting(order -> order.getInt("id"))
                .containsExactlyElementsOf(IntStream.range(0, BatchLoadAndQuery.ORDERS)
                        .filter(i -> i % BatchLoadAndQuery.CUSTOMERS == 0).boxed().toList());
        assertThat(printed()).contains("Wrote 500 orders", "Customer c-0 has 100 orders, worth 247.50 in all");
    }

    @Test
    void conditionalUpdateRefusesTheStaleWrite(Connection connection) {
        Item document = ConditionalUpdate.run(connection, "ConditionalUpdateIT", out);

        assertThat(document.getString("text")).isEqualTo("Alice's text");
        assertThat(document.getNumber("version")).isEqualByComparingTo(BigDecimal.valueOf(2));
        assertThat(printed()).contains("Alice saved version 2",
                "Bob's write was refused (ConditionalCheckFailedException)").doesNotContain("must not happen");
    }

    @Test
    void transactionReportsThatDynaliteLacksTransactions(Connection connection) {
        Transaction.Outcome outcome = Transaction.run(connection, "TransactionIT", out);

        assertThat(outcome).isEqualTo(Transaction.Outcome.UNSUPPORTED);
        assertThat(printed()).contains("does not implement TransactWriteItems", "transactions need real DynamoDB");
    }

    @Test
    void parallelScanSeesEveryItemOnce(Connection connection) {
        long sum = ParallelScanExample.run(connection, "ParallelScanIT", out);

        assertThat(sum).isEqualTo(ParallelScanExample.ITEMS * (ParallelScanExample.ITEMS - 1L) / 2);
        assertThat(printed()).contains("Scanned 1000 items in 4 segments");
    }

    @Test
    void everyTransportServesTheSameCallAndDiscoveryPicksNetty(Dynalite dynalite) {
        List<String> served = SwitchingTransport.run(dynalite::connectionBuilder, out);

        assertThat(served).containsExactly("netty", "apache", "jdk", "netty");
        assertThat(printed()).contains("ListTables served by jdk (priority 100): JdkTransport{",
                "ListTables served by apache (priority 200)", "ListTables served by netty (priority 300)",
                "Connection.builder().build() discovered: Connection{");
    }
}
