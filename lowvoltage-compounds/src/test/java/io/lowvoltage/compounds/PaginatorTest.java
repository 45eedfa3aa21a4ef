package io.lowvoltage.compounds;

import static io.lowvoltage.compounds.support.Json.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.Item;
import io.lowvoltage.actions.ListTables;
import io.lowvoltage.actions.Query;
import io.lowvoltage.actions.QueryResponse;
import io.lowvoltage.actions.Scan;
import io.lowvoltage.compounds.support.Json;
import io.lowvoltage.compounds.support.ScriptedTransport;
import io.lowvoltage.exceptions.ClientException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PaginatorTest {
    private final ScriptedTransport transport = new ScriptedTransport();
    private final Connection connection = transport.connection();

    private static Query query() {
        return new Query("Tbl").keyConditionExpression("h = :h").expressionAttributeValue(":h", 1);
    }

    /** Three pages of two items: 0 1 | 2 3 | 4 5. */
    private void threePages() {
        transport.ok(page(IntStream.of(0, 1), 1)).ok(page(IntStream.of(2, 3), 3)).ok(page(IntStream.of(4, 5), -1));
    }

    private static List<Integer> hs(Iterable<Item> items) {
        List<Integer> hs = new ArrayList<>();
        items.forEach(item -> hs.add(item.getInt("h")));
        return hs;
    }

    @Test
    void noRequestIsSentBeforeTheFirstHasNext() {
        threePages();
        Paginator<QueryResponse, Item> items = Compounds.iterateQuery(connection, query());
        Iterator<Item> iterator = items.iterator();
        assertThat(transport.count()).isZero();

        assertThat(iterator.hasNext()).isTrue();
        assertThat(transport.count()).isEqualTo(1);
    }

    @Test
    void theNextPageIsFetchedOnlyWhenTheCurrentOneIsUsedUp() {
        threePages();
        Iterator<Item> iterator = Compounds.iterateQuery(connection, query()).iterator();

        iterator.next();
        iterator.next();
        assertThat(transport.count()).isEqualTo(1);
        iterator.next();
        assertThat(transport.count()).isEqualTo(2);
    }

    @Test
    void itemsFlattenEveryPageThenNoSuchElement() {
        threePages();
        Iterator<Item> iterator = Compounds.iterateQuery(connection, query()).iterator();
        List<Integer> hs = new ArrayList<>();
        iterator.forEachRemaining(item -> hs.add(item.getInt("h")));

        assertThat(hs).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(transport.count()).isEqualTo(3);
        assertThat(iterator.hasNext()).isFalse();
        assertThatThrownBy(iterator::next).isInstanceOf(NoSuchElementException.class);
        assertThat(transport.count()).isEqualTo(3);
    }

    @Test
    void pagesYieldOneResponsePerRequest() {
        threePages();
        List<QueryResponse> pages = new ArrayList<>();
        Compounds.iterateQuery(connection, query()).pages().forEach(pages::add);

        assertThat(pages).hasSize(3);
        assertThat(pages.get(2).hasMorePages()).isFalse();
    }

    @Test
    void theStartOfEachNextPageIsSetOnTheOwnedAction() {
        threePages();
        Query query = query();
        assertThat(Compounds.iterateQuery(connection, query).stream().count()).isEqualTo(6);

        List<String> bodies = transport.bodies();
        assertThat(bodies.get(0)).doesNotContain("ExclusiveStartKey");
        assertThat(bodies.get(1)).contains("\"ExclusiveStartKey\":" + Json.key(1));
        assertThat(bodies.get(2)).contains("\"ExclusiveStartKey\":" + Json.key(3));
        // The paginator owns the action: it is left holding the last start key, as its Javadoc says.
        assertThat(bodies.get(2)).contains(":h");
    }

    @Test
    void maxItemsStopsRequestsAndAsksForNoMoreThanNeeded() {
        threePages();
        List<Integer> hs = hs(Compounds.iterateQuery(connection, query()).pageSize(2).maxItems(3));

        assertThat(hs).containsExactly(0, 1, 2);
        assertThat(transport.bodies()).hasSize(2);
        assertThat(transport.bodies().get(0)).contains("\"Limit\":2");
        assertThat(transport.bodies().get(1)).contains("\"Limit\":1");
    }

    @Test
    void maxItemsCutsPagesLargerThanAsked() {
        transport.ok(page(IntStream.range(0, 5), 4)).ok(page(IntStream.range(5, 10), -1));
        // Scan with a filter may return fewer items than Limit, never more; a server that returns more is cut.
        assertThat(hs(Compounds.iterateScan(connection, new Scan("Tbl")).maxItems(3))).containsExactly(0, 1, 2);
        assertThat(transport.count()).isEqualTo(1);
    }

    @Test
    void maxItemsZeroSendsNothing() {
        assertThat(Compounds.iterateScan(connection, new Scan("Tbl")).maxItems(0).stream()).isEmpty();
        assertThat(transport.count()).isZero();
    }

    @Test
    void pageSizeSetsTheLimitOfEveryRequest() {
        threePages();
        assertThat(Compounds.iterateScan(connection, new Scan("Tbl")).pageSize(2).stream().count()).isEqualTo(6);
        assertThat(transport.bodies()).allSatisfy(body -> assertThat(body).contains("\"Limit\":2"));
    }

    @Test
    void aPaginatorIsIteratedOnce() {
        threePages();
        Paginator<QueryResponse, Item> items = Compounds.iterateQuery(connection, query());
        items.iterator();

        assertThatThrownBy(items::iterator).isInstanceOf(IllegalStateException.class).hasMessageContaining("single-pass");
        assertThatThrownBy(() -> items.pages().iterator()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> items.pageSize(3)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void listTablesPagesByTableNameAndCapsTheLimitAt100() {
        transport.ok("{\"TableNames\":[\"a\",\"b\"],\"LastEvaluatedTableName\":\"b\"}")
                .ok("{\"TableNames\":[\"c\"]}");
        List<String> names = Compounds.iterateListTables(connection, new ListTables()).maxItems(500).stream().toList();

        assertThat(names).containsExactly("a", "b", "c");
        assertThat(transport.bodies().get(0)).contains("\"Limit\":100");
        assertThat(transport.bodies().get(1)).contains("\"ExclusiveStartTableName\":\"b\"");
        assertThatThrownBy(() -> Compounds.iterateListTables(connection).pageSize(101))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailedRequestIsThrownFromHasNext() {
        transport.ok(page(IntStream.of(0), 0)).respond(400, Json.error("ValidationException"));
        Iterator<Item> iterator = Compounds.iterateScan(connection, new Scan("Tbl")).iterator();
        iterator.next();

        assertThatThrownBy(iterator::hasNext).isInstanceOf(ClientException.class);
        assertThat(iterator.hasNext()).isFalse();
    }
}
