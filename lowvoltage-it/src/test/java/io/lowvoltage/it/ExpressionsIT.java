package io.lowvoltage.it;

import static io.lowvoltage.expressions.Expressions.add;
import static io.lowvoltage.expressions.Expressions.attribute;
import static io.lowvoltage.expressions.Expressions.attributeExists;
import static io.lowvoltage.expressions.Expressions.attributeNotExists;
import static io.lowvoltage.expressions.Expressions.listAppend;
import static io.lowvoltage.expressions.Expressions.name;
import static io.lowvoltage.expressions.Expressions.not;
import static io.lowvoltage.expressions.Expressions.partitionKey;
import static io.lowvoltage.expressions.Expressions.projection;
import static io.lowvoltage.expressions.Expressions.remove;
import static io.lowvoltage.expressions.Expressions.set;
import static io.lowvoltage.expressions.Expressions.size;
import static io.lowvoltage.expressions.Expressions.sortKey;
import static io.lowvoltage.expressions.Expressions.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.Item;
import io.lowvoltage.actions.BatchGetItem;
import io.lowvoltage.actions.CreateTable;
import io.lowvoltage.actions.DeleteItem;
import io.lowvoltage.actions.GetItem;
import io.lowvoltage.actions.PutItem;
import io.lowvoltage.actions.Query;
import io.lowvoltage.actions.ScalarAttributeType;
import io.lowvoltage.actions.Scan;
import io.lowvoltage.actions.UpdateItem;
import io.lowvoltage.expressions.AttributeType;
import io.lowvoltage.expressions.ConditionExpression;
import io.lowvoltage.expressions.SortKeyCondition;
import io.lowvoltage.exceptions.ConditionalCheckFailedException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every expression builder against dynalite: written, applied, read back. Partition {@code h = 10} holds five
 * items {@code r = a..e} that the filters, key conditions and projections select from; the other tests use
 * partitions of their own.
 */
@ExtendWith(io.lowvoltage.testing.DynaliteExtension.class)
class ExpressionsIT {
    private static final String TABLE = Tables.uniqueName("ExpressionsIT");
    private static final int READS = 10;

    @BeforeAll
    static void createAndFillTable(Connection connection) {
        Tables.create(connection, new CreateTable(TABLE)
                .hashKey("h", ScalarAttributeType.N).rangeKey("r", ScalarAttributeType.S)
                .billingModePayPerRequest());
        connection.request(new PutItem(TABLE, Map.of("h", READS, "r", "a", "n", 1, "s", "apple",
                "tags", Set.of("x", "y"), "l", List.of(1, 2, 3))));
        connection.request(new PutItem(TABLE, Map.of("h", READS, "r", "b", "n", 2, "s", "banana",
                "tags", Set.of("y"), "l", List.of(1))));
        connection.request(new PutItem(TABLE, Map.of("h", READS, "r", "c", "n", 3, "s", "cherry", "l", List.of())));
        connection.request(new PutItem(TABLE, Map.of("h", READS, "r", "d", "n", 4, "s", "date", "flag", true,
                "status", "done")));
        connection.request(new PutItem(TABLE, Map.of("h", READS, "r", "e", "n", 5, "s", "elder",
                "dotted.name", "yes", "m", Map.of("inner", Map.of("deep", List.of(1, 2))))));
    }

    private static List<String> filtered(Connection connection, ConditionExpression filter) {
        return connection.request(new Query(TABLE).keyConditionExpression(partitionKey("h").eq(READS))
                .filterExpression(filter)).items().stream().map(item -> item.getString("r")).toList();
    }

    private static List<String> keyed(Connection connection, SortKeyCondition sortKeyCondition) {
        return connection.request(new Query(TABLE)
                .keyConditionExpression(partitionKey("h").eq(READS).and(sortKeyCondition)))
                .items().stream().map(item -> item.getString("r")).toList();
    }

    @Test
    void everyComparatorFiltersAQuery(Connection connection) {
        assertThat(filtered(connection, attribute("n").eq(3))).containsExactly("c");
        assertThat(filtered(connection, attribute("n").ne(3))).containsExactly("a", "b", "d", "e");
        assertThat(filtered(connection, attribute("n").lt(3))).containsExactly("a", "b");
        assertThat(filtered(connection, attribute("n").le(3))).containsExactly("a", "b", "c");
        assertThat(filtered(connection, attribute("n").gt(3))).containsExactly("d", "e");
        assertThat(filtered(connection, attribute("n").ge(3))).containsExactly("c", "d", "e");
        assertThat(filtered(connection, attribute("n").between(2, 4))).containsExactly("b", "c", "d");
        assertThat(filtered(connection, attribute("n").in(1, 5, 7))).containsExactly("a", "e");
        assertThat(filtered(connection, attribute("n").gt(size(attribute("l"))))).containsExactly("b", "c");
    }

    @Test
    void everyFunctionFiltersAQuery(Connection connection) {
        assertThat(filtered(connection, attributeExists("tags"))).containsExactly("a", "b");
        assertThat(filtered(connection, attributeNotExists("tags"))).containsExactly("c", "d", "e");
        assertThat(filtered(connection, attribute("tags").type(AttributeType.SS))).containsExactly("a", "b");
        assertThat(filtered(connection, attribute("l").type(AttributeType.L))).containsExactly("a", "b", "c");
        assertThat(filtered(connection, attribute("flag").type(AttributeType.BOOL))).containsExactly("d");
        assertThat(filtered(connection, attribute("s").beginsWith("ch"))).containsExactly("c");
        assertThat(filtered(connection, attribute("s").contains("an"))).containsExactly("b");
        assertThat(filtered(connection, attribute("tags").contains("y"))).containsExactly("a", "b");
        assertThat(filtered(connection, size(attribute("l")).gt(1))).containsExactly("a");
        assertThat(filtered(connection, attribute("s").size().eq(4))).containsExactly("d");
    }

    @Test
    void notAndOrGroupAsBuilt(Connection connection) {
        ConditionExpression one = attribute("n").eq(1);
        ConditionExpression five = attribute("n").eq(5);
        ConditionExpression startsWithE = attribute("s").beginsWith("e");
        assertThat(filtered(connection, one.or(five).and(startsWithE))).containsExactly("e");
        assertThat(filtered(connection, one.or(five.and(startsWithE)))).containsExactly("a", "e");
        assertThat(filtered(connection, not(attributeExists("tags")).and(attribute("n").gt(3))))
                .containsExactly("d", "e");
        assertThat(filtered(connection, not(one.or(five)))).containsExactly("b", "c", "d");
        assertThat(filtered(connection, not(not(one)))).containsExactly("a");
    }

    @Test
    void reservedDottedAndNestedNamesNeedNoCare(Connection connection) {
        assertThat(filtered(connection, name("status").eq("done"))).containsExactly("d");
        assertThat(filtered(connection, name("dotted.name").eq("yes"))).containsExactly("e");
        assertThat(filtered(connection, attribute("m.inner.deep[1]").eq(2))).containsExactly("e");
    }

    @Test
    void everySortKeyOperatorSelectsItsRange(Connection connection) {
        assertThat(keyed(connection, sortKey("r").eq("c"))).containsExactly("c");
        assertThat(keyed(connection, sortKey("r").lt("c"))).containsExactly("a", "b");
        assertThat(keyed(connection, sortKey("r").le("c"))).containsExactly("a", "b", "c");
        assertThat(keyed(connection, sortKey("r").gt("c"))).containsExactly("d", "e");
        assertThat(keyed(connection, sortKey("r").ge("c"))).containsExactly("c", "d", "e");
        assertThat(keyed(connection, sortKey("r").between("b", "d"))).containsExactly("b", "c", "d");
        assertThat(keyed(connection, sortKey("r").beginsWith("d"))).containsExactly("d");
    }

    @Test
    void aScanFiltersAndProjects(Connection connection) {
        List<Item> items = connection.request(new Scan(TABLE)
                .filterExpression(attribute("h").eq(READS).and(attribute("n").ge(4)))
                .projectionExpression(projection("r", "s"))).items();
        assertThat(items).containsExactlyInAnyOrder(Item.copyOf(Map.of("r", "d", "s", "date")),
                Item.copyOf(Map.of("r", "e", "s", "elder")));
    }

    @Test
    void projectionsReadNestedPathsOnEveryRead(Connection connection) {
        Map<String, Object> key = Map.of("h", READS, "r", "e");
        Item expected = Item.copyOf(Map.of("s", "elder", "dotted.name", "yes",
                "m", Map.of("inner", Map.of("deep", List.of(new BigDecimal(2))))));

        Item got = connection.request(new GetItem(TABLE, key)
                .projectionExpression(projection(attribute("m.inner.deep[1]"), attribute("s"), name("dotted.name"))))
                .item();
        assertThat(got).isEqualTo(expected);

        List<Item> batch = connection.request(new BatchGetItem().table(TABLE).keys(key)
                .projectionExpression(projection(attribute("m.inner.deep[1]"), attribute("s"), name("dotted.name"))))
                .items(TABLE);
        assertThat(batch).containsExactly(expected);

        List<Item> queried = connection.request(new Query(TABLE)
                .keyConditionExpression(partitionKey("h").eq(READS).and(sortKey("r").eq("a")))
                .projectionExpression(projection("l[2]", "tags"))).items();
        assertThat(queried).containsExactly(Item.copyOf(Map.of("l", List.of(new BigDecimal(3)),
                "tags", Set.of("x", "y"))));
    }

    @Test
    void conditionsDecidePutAndDelete(Connection connection) {
        Map<String, Object> key = Map.of("h", 30, "r", "p");
        PutItem create = new PutItem(TABLE, Map.of("h", 30, "r", "p", "v", 1))
                .conditionExpression(attributeNotExists("h"));
        connection.request(create);
        assertThatThrownBy(() -> connection.request(create)).isInstanceOf(ConditionalCheckFailedException.class);

        connection.request(new PutItem(TABLE, Map.of("h", 30, "r", "p", "v", 2))
                .conditionExpression(attribute("v").eq(1)));
        assertThat(connection.request(new GetItem(TABLE, key)).item().getInt("v")).isEqualTo(2);

        assertThatThrownBy(() -> connection.request(new DeleteItem(TABLE, key).conditionExpression(attribute("v").lt(2))))
                .isInstanceOf(ConditionalCheckFailedException.class);
        connection.request(new DeleteItem(TABLE, key).conditionExpression(attribute("v").in(2, 3)));
        assertThat(connection.request(new GetItem(TABLE, key)).item()).isNull();
    }

    @Test
    void everyUpdateActionChangesTheItem(Connection connection) {
        Map<String, Object> key = Map.of("h", 40, "r", "u");
        Map<String, Object> item = new LinkedHashMap<>(key);
        item.put("n", 10);
        item.put("base", 7);
        item.put("kept", 3);
        item.put("l", List.of(1, 2));
        item.put("m", Map.of("k", 1));
        item.put("gone", "x");
        item.put("arr", List.of(9, 8));
        item.put("counter", 5);
        item.put("tags", Set.of("a", "b"));
        item.put("dels", Set.of("a", "z"));
        item.put("status", "new");
        connection.request(new PutItem(TABLE, item));

        UpdateItem change = new UpdateItem(TABLE, key)
                .updateExpression(set("n", attribute("n").plus(5))
                        .set("d", attribute("base").minus(2))
                        .setIfNotExists("fresh", 1)
                        .setIfNotExists("kept", 99)
                        .set("l", listAppend(attribute("l"), List.of(3)))
                        .set("m.k2", "v")
                        .set(name("status"), "done")
                        .remove("gone", "arr[0]")
                        .add("counter", 5)
                        .add("tags", Set.of("c"))
                        .add("newnum", 3)
                        .delete("dels", Set.of("a")))
                .conditionExpression(attribute("n").eq(10).and(name("status").eq("new")));
        connection.request(change);

        Item after = connection.request(new GetItem(TABLE, key)).item();
        assertThat(after.getInt("n")).isEqualTo(15);
        assertThat(after.getInt("d")).isEqualTo(5);
        assertThat(after.getInt("fresh")).isEqualTo(1);
        assertThat(after.getInt("kept")).isEqualTo(3);
        assertThat(after.getList("l")).containsExactly(BigDecimal.ONE, new BigDecimal(2), new BigDecimal(3));
        assertThat(after.getMap("m")).isEqualTo(Item.copyOf(Map.of("k", BigDecimal.ONE, "k2", "v")));
        assertThat(after.getString("status")).isEqualTo("done");
        assertThat(after).doesNotContainKey("gone");
        assertThat(after.getList("arr")).containsExactly(new BigDecimal(8));
        assertThat(after.getInt("counter")).isEqualTo(10);
        assertThat(after.getStringSet("tags")).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(after.getInt("newnum")).isEqualTo(3);
        assertThat(after.getStringSet("dels")).containsExactly("z");

        assertThatThrownBy(() -> connection.request(change)).isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(connection.request(new GetItem(TABLE, key)).item()).isEqualTo(after);
    }

    @Test
    void combinedUpdatePartsAndHandSetPlaceholdersWorkTogether(Connection connection) {
        Map<String, Object> key = Map.of("h", 50, "r", "c");
        connection.request(new PutItem(TABLE, Map.of("h", 50, "r", "c", "n", 1, "old", "x")));

        connection.request(new UpdateItem(TABLE, key)
                .updateExpression(update(set("n", attribute("n").plus(1)), remove("old"), add("s", Set.of(1))))
                .conditionExpression("#n = :one AND attribute_not_exists(#weird)")
                .expressionAttributeName("#n", "n")
                .expressionAttributeName("#weird", "#n raw")
                .expressionAttributeValue(":one", 1));

        Item after = connection.request(new GetItem(TABLE, key)).item();
        assertThat(after.getInt("n")).isEqualTo(2);
        assertThat(after).doesNotContainKey("old");
        assertThat(after.getNumberSet("s")).containsExactly(BigDecimal.ONE);
    }
}
