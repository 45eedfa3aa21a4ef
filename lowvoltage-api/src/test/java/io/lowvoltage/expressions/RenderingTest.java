package io.lowvoltage.expressions;

import static io.lowvoltage.expressions.Expressions.add;
import static io.lowvoltage.expressions.Expressions.and;
import static io.lowvoltage.expressions.Expressions.attribute;
import static io.lowvoltage.expressions.Expressions.attributeExists;
import static io.lowvoltage.expressions.Expressions.attributeNotExists;
import static io.lowvoltage.expressions.Expressions.delete;
import static io.lowvoltage.expressions.Expressions.ifNotExists;
import static io.lowvoltage.expressions.Expressions.listAppend;
import static io.lowvoltage.expressions.Expressions.name;
import static io.lowvoltage.expressions.Expressions.not;
import static io.lowvoltage.expressions.Expressions.or;
import static io.lowvoltage.expressions.Expressions.partitionKey;
import static io.lowvoltage.expressions.Expressions.projection;
import static io.lowvoltage.expressions.Expressions.remove;
import static io.lowvoltage.expressions.Expressions.set;
import static io.lowvoltage.expressions.Expressions.setIfNotExists;
import static io.lowvoltage.expressions.Expressions.size;
import static io.lowvoltage.expressions.Expressions.sortKey;
import static io.lowvoltage.expressions.Expressions.update;
import static io.lowvoltage.expressions.Expressions.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.lowvoltage.internal.expressions.Placeholders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Exact strings and placeholder maps for every construct, rendered alone. */
class RenderingTest {
    private Placeholders placeholders = Placeholders.of("Test", Map.of(), Map.of());

    private String render(Object expression) {
        placeholders = Placeholders.of("Test", Map.of(), Map.of());
        return placeholders.render(expression, "Expression");
    }

    @Test
    void aNestedPathBecomesOnePlaceholderPerNameWithIndexesInPlace() {
        assertThat(render(attribute("a.b[3].c").eq(1))).isEqualTo("#_0.#_1[3].#_2 = :_0");
        assertThat(placeholders.names()).containsExactly(entry("#_0", "a"), entry("#_1", "b"), entry("#_2", "c"));
        assertThat(placeholders.values()).containsExactly(entry(":_0", 1));
    }

    @Test
    void theSameNameGetsTheSamePlaceholderAndEachValueItsOwn() {
        assertThat(render(attribute("a.a").eq(1).and(attribute("a").eq(1)))).isEqualTo("#_0.#_0 = :_0 AND #_0 = :_1");
        assertThat(placeholders.names()).containsExactly(entry("#_0", "a"));
        assertThat(placeholders.values()).containsExactly(entry(":_0", 1), entry(":_1", 1));
    }

    @Test
    void aNameGivenWholeKeepsItsDotsAndBrackets() {
        assertThat(render(name("my.dotted[0] name").exists())).isEqualTo("attribute_exists(#_0)");
        assertThat(placeholders.names()).containsExactly(entry("#_0", "my.dotted[0] name"));
        assertThat(render(attribute(Path.of("x.y", "z").index(2).child("w")).exists()))
                .isEqualTo("attribute_exists(#_0.#_1[2].#_2)");
        assertThat(placeholders.names()).containsExactly(entry("#_0", "x.y"), entry("#_1", "z"), entry("#_2", "w"));
        assertThat(name("a").child("b.c").index(1)).hasToString("a.b.c[1]");
    }

    @Test
    void everyComparatorRenders() {
        Attribute a = attribute("a");
        assertThat(render(a.eq(1))).isEqualTo("#_0 = :_0");
        assertThat(render(a.ne(1))).isEqualTo("#_0 <> :_0");
        assertThat(render(a.lt(1))).isEqualTo("#_0 < :_0");
        assertThat(render(a.le(1))).isEqualTo("#_0 <= :_0");
        assertThat(render(a.gt(1))).isEqualTo("#_0 > :_0");
        assertThat(render(a.ge(1))).isEqualTo("#_0 >= :_0");
        assertThat(render(a.between(1, 9))).isEqualTo("#_0 BETWEEN :_0 AND :_1");
        assertThat(render(a.in(1, 2, 3))).isEqualTo("#_0 IN (:_0, :_1, :_2)");
        assertThat(placeholders.values()).containsExactly(entry(":_0", 1), entry(":_1", 2), entry(":_2", 3));
        assertThat(render(a.in(List.of("x", "y")))).isEqualTo("#_0 IN (:_0, :_1)");
        assertThat(render(a.in(value(List.of("x", "y"))))).isEqualTo("#_0 IN (:_0)");
        assertThat(placeholders.values()).containsExactly(entry(":_0", List.of("x", "y")));
    }

    @Test
    void operandsMayBeAttributesValuesOrSizes() {
        assertThat(render(attribute("a").lt(attribute("b")))).isEqualTo("#_0 < #_1");
        assertThat(render(value(3).lt(attribute("b")))).isEqualTo(":_0 < #_0");
        assertThat(render(size(attribute("l")).gt(2))).isEqualTo("size(#_0) > :_0");
        assertThat(render(attribute("l").size().between(attribute("min"), 9))).isEqualTo("size(#_0) BETWEEN #_1 AND :_0");
    }

    @Test
    void everyFunctionRenders() {
        assertThat(render(attributeExists("a"))).isEqualTo("attribute_exists(#_0)");
        assertThat(render(attributeNotExists(attribute("a")))).isEqualTo("attribute_not_exists(#_0)");
        assertThat(render(attribute("t").type(AttributeType.SS))).isEqualTo("attribute_type(#_0, :_0)");
        assertThat(placeholders.values()).containsExactly(entry(":_0", "SS"));
        assertThat(render(attribute("s").beginsWith("p"))).isEqualTo("begins_with(#_0, :_0)");
        assertThat(render(attribute("s").contains(attribute("x")))).isEqualTo("contains(#_0, #_1)");
    }

    @Test
    void precedenceAddsParenthesesOnlyWhereNeeded() {
        ConditionExpression a = attribute("a").eq(1);
        ConditionExpression b = attribute("b").eq(2);
        ConditionExpression c = attribute("c").eq(3);
        assertThat(a.and(b).or(c)).hasToString("a = 1 AND b = 2 OR c = 3");
        assertThat(a.or(b).and(c)).hasToString("(a = 1 OR b = 2) AND c = 3");
        assertThat(a.and(b.or(c))).hasToString("a = 1 AND (b = 2 OR c = 3)");
        assertThat(a.or(b.and(c))).hasToString("a = 1 OR b = 2 AND c = 3");
        assertThat(a.and(b).and(c)).hasToString("a = 1 AND b = 2 AND c = 3");
        assertThat(a.and(b.and(c))).hasToString("a = 1 AND b = 2 AND c = 3");
        assertThat(or(a, b, c)).hasToString("a = 1 OR b = 2 OR c = 3");
        assertThat(and(a.or(b), c.or(a))).hasToString("(a = 1 OR b = 2) AND (c = 3 OR a = 1)");
        assertThat(not(a)).hasToString("NOT a = 1");
        assertThat(not(a).and(b)).hasToString("NOT a = 1 AND b = 2");
        assertThat(not(a.and(b))).hasToString("NOT (a = 1 AND b = 2)");
        assertThat(not(a.or(b)).or(c)).hasToString("NOT (a = 1 OR b = 2) OR c = 3");
        assertThat(not(not(a))).hasToString("NOT (NOT a = 1)");
        assertThat(attribute("x").between(1, 2).and(a)).hasToString("x BETWEEN 1 AND 2 AND a = 1");
        assertThat(attribute("a.b[3].c").eq(1).and(attribute("x").beginsWith("p")).or(not(attributeExists("y"))))
                .hasToString("a.b[3].c = 1 AND begins_with(x, \"p\") OR NOT attribute_exists(y)");
    }

    @Test
    void everyUpdateActionRendersGroupedByClause() {
        UpdateExpression update = set("a", 1)
                .remove("r")
                .set(attribute("n"), attribute("n").plus(1))
                .add("counter", 5)
                .set("m", attribute("m").minus(attribute("d")))
                .delete("s", Set.of("x"))
                .setIfNotExists("i", 0)
                .set("l", listAppend(attribute("l"), List.of(7)))
                .set("j", ifNotExists("j", 0).plus(2))
                .add("tags", Set.of("t"))
                .remove(attribute("q").index(0));
        assertThat(render(update)).isEqualTo("SET #_0 = :_0, #_1 = #_1 + :_1, #_2 = #_2 - #_3, #_4 = if_not_exists(#_4, :_2),"
                + " #_5 = list_append(#_5, :_3), #_6 = if_not_exists(#_6, :_4) + :_5"
                + " REMOVE #_7, #_8[0] ADD #_9 :_6, #_10 :_7 DELETE #_11 :_8");
        assertThat(placeholders.names()).containsValues("a", "n", "m", "d", "i", "l", "j", "r", "q", "counter", "tags", "s");
        assertThat(update).hasToString("SET a = 1, n = n + 1, m = m - d, i = if_not_exists(i, 0), l = list_append(l, [7]),"
                + " j = if_not_exists(j, 0) + 2 REMOVE r, q[0] ADD counter 5, tags [t] DELETE s [x]");
    }

    @Test
    void updatePartsCombine() {
        assertThat(update(set("a", 1), remove("b", "c"), add("d", 1), delete("e", Set.of(1))))
                .hasToString("SET a = 1 REMOVE b, c ADD d 1 DELETE e [1]");
        assertThat(set("a", attribute("b"))).hasToString("SET a = b");
        assertThat(set("a", 1).and(remove(attribute("b")))).hasToString("SET a = 1 REMOVE b");
    }

    @Test
    void projectionsRenderEveryPath() {
        assertThat(render(projection("a", "b.c", "d[0]"))).isEqualTo("#_0, #_1.#_2, #_3[0]");
        assertThat(placeholders.names()).containsExactly(entry("#_0", "a"), entry("#_1", "b"), entry("#_2", "c"),
                entry("#_3", "d"));
        assertThat(projection(name("x.y")).and("z").and(attribute("w"))).hasToString("x.y, z, w");
        assertThat(placeholders.values()).isEmpty();
    }

    @Test
    void keyConditionsRenderEverySortKeyOperator() {
        assertThat(render(partitionKey("h").eq(1))).isEqualTo("#_0 = :_0");
        assertThat(render(partitionKey("h").eq(1).and(sortKey("r").between(1, 9))))
                .isEqualTo("#_0 = :_0 AND #_1 BETWEEN :_1 AND :_2");
        assertThat(placeholders.names()).containsExactly(entry("#_0", "h"), entry("#_1", "r"));
        assertThat(placeholders.values()).containsExactly(entry(":_0", 1), entry(":_1", 1), entry(":_2", 9));
        assertThat(partitionKey("h").eq("x").and(sortKey("r").eq(1))).hasToString("h = \"x\" AND r = 1");
        assertThat(partitionKey("h").eq(1).and(sortKey("r").lt(1))).hasToString("h = 1 AND r < 1");
        assertThat(partitionKey("h").eq(1).and(sortKey("r").le(1))).hasToString("h = 1 AND r <= 1");
        assertThat(partitionKey("h").eq(1).and(sortKey("r").gt(1))).hasToString("h = 1 AND r > 1");
        assertThat(partitionKey("h").eq(1).and(sortKey("r").ge(1))).hasToString("h = 1 AND r >= 1");
        assertThat(partitionKey("h").eq(1).and(sortKey("r").beginsWith("x")))
                .hasToString("h = 1 AND begins_with(r, \"x\")");
        assertThat(partitionKey(Path.of("a.b")).eq(value(1)).and(sortKey(Path.of("c.d")).eq(2)))
                .hasToString("a.b = 1 AND c.d = 2");
    }

    @Test
    void placeholdersSetByHandComeFirstAndStayAsSet() {
        Map<String, String> names = new LinkedHashMap<>(Map.of("#mine", "m"));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(":mine", null);
        Placeholders shared = Placeholders.of("Test", names, values);
        assertThat(shared.render(attribute("a").eq(1), "ConditionExpression")).isEqualTo("#_0 = :_0");
        assertThat(shared.names()).containsExactly(entry("#mine", "m"), entry("#_0", "a"));
        assertThat(shared.values()).containsExactly(entry(":mine", null), entry(":_0", 1));
        assertThat(shared.render(null, "FilterExpression")).isNull();
    }

    @Test
    void renderingIsStable() {
        ConditionExpression condition = attribute("a").in(1, 2).or(not(attribute("b.c").contains("x")));
        assertThat(render(condition)).isEqualTo(render(condition)).isEqualTo("#_0 IN (:_0, :_1) OR NOT contains(#_1.#_2, :_2)");
    }
}
