package io.lowvoltage.it;

import static io.lowvoltage.expressions.Expressions.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.lowvoltage.Connection;
import io.lowvoltage.Item;
import io.lowvoltage.actions.CreateTable;
import io.lowvoltage.actions.GetItem;
import io.lowvoltage.actions.PutItem;
import io.lowvoltage.actions.Query;
import io.lowvoltage.actions.QueryResponse;
import io.lowvoltage.actions.ScalarAttributeType;
import io.lowvoltage.actions.UpdateItem;
import io.lowvoltage.expressions.Attribute;
import io.lowvoltage.expressions.ConditionExpression;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The examples of the README's "Expressions" section, run against dynalite. Their bodies are the README's code
 * blocks verbatim, which {@link #theReadmeShowsTheseExamplesVerbatim()} checks.
 */
@ExtendWith(io.lowvoltage.testing.DynaliteExtension.class)
class ReadmeExamplesIT {
    private static final java.nio.file.Path README = Paths.get("..", "README.md");

    @Test
    void ordersAreWrittenUpdatedAndQueried(Connection connection) {
        String table = Tables.create(connection, new CreateTable(Tables.uniqueName("ReadmeOrders"))
                .hashKey("customer", ScalarAttributeType.N).rangeKey("date", ScalarAttributeType.S)
                .billingModePayPerRequest());

        connection.request(new PutItem(table, Map.of("customer", 7, "date", "2026-11-26", "total", 120, "version", 1,
                "address", Map.of("zip", "75001")))
            .conditionExpression(attributeNotExists("customer")));

        connection.request(new UpdateItem(table, Map.of("customer", 7, "date", "2026-11-26"))
            .updateExpression(set("status", "paid")
                .set(attribute("version"), attribute("version").plus(1))
                .setIfNotExists("address.city", "Paris")
                .add("tags", Set.of("vip"))
                .remove("cart"))
            .conditionExpression(attribute("version").eq(1).and(attribute("total").between(100, 500))));

        QueryResponse orders = connection.request(new Query(table)
            .keyConditionExpression(partitionKey("customer").eq(7).and(sortKey("date").beginsWith("2026-")))
            .filterExpression(attribute("total").gt(100).or(not(attributeExists("discount"))))
            .projectionExpression(projection("date", "total", "address.city", "tags")));

        assertThat(orders.items()).containsExactly(Item.copyOf(Map.of("date", "2026-11-26",
                "total", new BigDecimal(120), "address", Map.of("city", "Paris"), "tags", Set.of("vip"))));
        Item order = connection.request(new GetItem(table, Map.of("customer", 7, "date", "2026-11-26"))).item();
        assertThat(order.getString("status")).isEqualTo("paid");
        assertThat(order.getInt("version")).isEqualTo(2);
    }

    @Test
    void pathsNestOrKeepTheirDots() {
        Attribute nested = attribute("a.b[3].c");         // map a, key b, list element 3, key c
        Attribute dotted = name("my.dotted.name");         // one attribute whose name holds dots
        Attribute mixed = name("x.y").child("z").index(0); // "x.y", then key z, then element 0
        ConditionExpression c = nested.eq(1).or(dotted.exists()).and(size(mixed).lt(3));
        assert c.toString().equals("(a.b[3].c = 1 OR attribute_exists(my.dotted.name)) AND size(x.y.z[0]) < 3");

        assertThat(c).hasToString("(a.b[3].c = 1 OR attribute_exists(my.dotted.name)) AND size(x.y.z[0]) < 3");
    }

    @Test
    void theReadmeShowsTheseExamplesVerbatim() throws IOException {
        String readme = Files.readString(README);
        String section = readme.substring(readme.indexOf("### Expressions"), readme.indexOf("### Errors"));
        String source = normalized(Files.readString(Paths.get("src", "test", "java", "io", "lowvoltage", "it",
                "ReadmeExamplesIT.java")));
        List<String> blocks = new ArrayList<>();
        for (int start = section.indexOf("```java\n"); start >= 0; start = section.indexOf("```java\n", start + 1)) {
            blocks.add(section.substring(start + "```java\n".length(), section.indexOf("```", start + 1)));
        }
        assertThat(blocks).hasSize(3);
        for (String block : blocks) {
            assertThat(source).contains(normalized(block));
        }
    }

    /** Lines stripped of indentation, so that the README may indent less than the class does. */
    private static String normalized(String code) {
        return code.lines().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.joining("\n"));
    }
}
