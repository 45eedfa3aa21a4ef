package io.lowvoltage.expressions;

import static io.lowvoltage.expressions.Expressions.attribute;
import static io.lowvoltage.expressions.Expressions.partitionKey;
import static io.lowvoltage.expressions.Expressions.projection;
import static io.lowvoltage.expressions.Expressions.remove;
import static io.lowvoltage.expressions.Expressions.set;
import static io.lowvoltage.expressions.Expressions.size;
import static io.lowvoltage.expressions.Expressions.sortKey;
import static io.lowvoltage.expressions.Expressions.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.exceptions.BuilderException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Every expression DynamoDB would reject fails with BuilderException when it is built. */
class InvalidExpressionsTest {
    @Test
    void anEmptyInFails() {
        assertThatThrownBy(() -> attribute("a").in())
                .isInstanceOf(BuilderException.class)
                .hasMessage("IN takes 1 to 100 values, and a IN has 0: an empty IN matches nothing, leave the"
                        + " condition out when there is nothing to match");
        assertThatThrownBy(() -> attribute("a").in(List.of())).isInstanceOf(BuilderException.class);
    }

    @Test
    void anInWithMoreThanAHundredValuesFails() {
        List<Integer> hundred = IntStream.range(0, 100).boxed().toList();
        assertThat(attribute("a").in(hundred)).isNotNull();
        List<Integer> tooMany = IntStream.range(0, 101).boxed().toList();
        assertThatThrownBy(() -> attribute("a").in(tooMany))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("IN takes 1 to 100 values, and a IN has 101: split the values");
    }

    @Test
    void anUpdateNamingTheSamePathTwiceFails() {
        assertThatThrownBy(() -> set("a", 1).remove("a"))
                .isInstanceOf(BuilderException.class)
                .hasMessage("An update expression changes a (SET) and a (REMOVE): DynamoDB rejects two actions on"
                        + " the same or overlapping document paths. Keep one of them");
        assertThatThrownBy(() -> set("a", 1).set("a.b", 2)).isInstanceOf(BuilderException.class)
                .hasMessageContaining("a (SET) and a.b (SET)");
        assertThatThrownBy(() -> remove("l[1]", "l")).isInstanceOf(BuilderException.class);
        assertThatThrownBy(() -> update(set("x", 1), Expressions.add("x", 1))).isInstanceOf(BuilderException.class);
        assertThat(set("a.b", 1).set("a.c", 2).remove("l[0]", "l[1]")).hasToString("SET a.b = 1, a.c = 2 REMOVE l[0], l[1]");
    }

    @Test
    void addAndDeleteTakeValuesOnly() {
        assertThatThrownBy(() -> Expressions.add("n", attribute("m")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("ADD n takes a value, and it gets m: use SET with plus(...) to add an attribute's value");
        assertThatThrownBy(() -> Expressions.delete("s", attribute("t").plus(1))).isInstanceOf(BuilderException.class);
        assertThat(Expressions.add("n", Expressions.value(1))).hasToString("ADD n 1");
    }

    @Test
    void aSizeCannotBeAssigned() {
        assertThatThrownBy(() -> set("a", size(attribute("b"))))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("size(b) cannot be an operand of an update");
        assertThatThrownBy(() -> attribute("a").plus(attribute("b").plus(1))).isInstanceOf(BuilderException.class);
    }

    @Test
    void aKeyConditionTakesAtMostOneSortKeyCondition() {
        KeyConditionExpression withSortKey = partitionKey("h").eq(1).and(sortKey("r").gt(1));
        assertThatThrownBy(() -> withSortKey.and(sortKey("r").lt(9)))
                .isInstanceOf(BuilderException.class)
                .hasMessage("A key condition takes at most one sort key condition, and h = 1 AND r > 1 gets another:"
                        + " r < 9. Keep one, and filter on the rest with a FilterExpression or use BETWEEN");
    }

    @Test
    void aKeyConditionOnANestedPathFails() {
        assertThatThrownBy(() -> partitionKey("a.b"))
                .isInstanceOf(BuilderException.class)
                .hasMessage("A key condition names the partition key a.b, a nested path: key attributes are"
                        + " top-level. For a key whose name holds dots or brackets, use partitionKey(Path.of(name))");
        assertThatThrownBy(() -> sortKey("r[0]")).isInstanceOf(BuilderException.class)
                .hasMessageContaining("sortKey(Path.of(name))");
    }

    @Test
    void aKeyConditionComparesToValuesOnly() {
        assertThatThrownBy(() -> partitionKey("h").eq(attribute("x")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("A key condition compares the key h to x: key conditions compare to values only");
        assertThatThrownBy(() -> sortKey("r").between(1, attribute("x"))).isInstanceOf(BuilderException.class);
    }

    @Test
    void theSortKeyCannotBeThePartitionKey() {
        assertThatThrownBy(() -> partitionKey("h").eq(1).and(sortKey("h").eq(2)))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("A key condition names h as both the partition key and the sort key");
    }

    @Test
    void aProjectionOfOverlappingOrNoPathsFails() {
        assertThatThrownBy(() -> projection("a", "b", "a.c"))
                .isInstanceOf(BuilderException.class)
                .hasMessage("A projection expression names a and a.c: DynamoDB rejects the same or overlapping"
                        + " document paths. Keep the shorter one");
        assertThatThrownBy(() -> projection(new String[0])).isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("A projection expression names no attribute");
    }

    @Test
    void aRemoveOfNothingFails() {
        assertThatThrownBy(() -> remove(new String[0])).isInstanceOf(BuilderException.class)
                .hasMessage("remove(...) needs at least one path to remove");
    }

    @Test
    void textThatIsNoPathFails() {
        assertThatThrownBy(() -> attribute("a..b"))
                .isInstanceOf(BuilderException.class)
                .hasMessage("\"a..b\" is not a document path: a name is empty at character 2. Write names separated"
                        + " by dots with [n] for list elements, such as \"a.b[3].c\"; for a name that holds dots or"
                        + " brackets, use Path.of(name) or Expressions.name(name)");
        for (String notAPath : List.of("", ".a", "a.", "[1]", "a[", "a[x]", "a[]", "a[1]b", "a[99999999999]")) {
            assertThatThrownBy(() -> Path.parse(notAPath)).as(notAPath).isInstanceOf(BuilderException.class);
        }
        assertThatThrownBy(() -> Path.of("")).isInstanceOf(BuilderException.class);
        assertThatThrownBy(() -> Path.of("a").index(-1)).isInstanceOf(BuilderException.class);
        assertThat(Path.parse("a[1][2].b")).isEqualTo(Path.of("a").index(1).index(2).child("b"));
    }

    @Test
    void valuesMayBeAnythingTheItemMappingTakes() {
        assertThat(attribute("s").contains(Set.of("x"))).hasToString("contains(s, [x])");
        assertThat(attribute("n").eq(null)).hasToString("n = null");
        assertThat(attribute("l").in(Collections.singletonList(null))).hasToString("l IN (null)");
    }
}
