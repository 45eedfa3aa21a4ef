package io.lowvoltage.compounds;

import static io.lowvoltage.compounds.support.Json.hs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.Item;
import io.lowvoltage.actions.BatchGetItemResponse;
import io.lowvoltage.compounds.support.Json;
import io.lowvoltage.compounds.support.ScriptedTransport;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.exceptions.ClientException;
import io.lowvoltage.retry.ExponentialBackoffRetryPolicy;
import io.lowvoltage.retry.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchGetTest {
    private static final String TABLE = "Tbl";
    private static final RetryPolicy NO_WAIT = new ExponentialBackoffRetryPolicy(Duration.ZERO, 1, 2);

    private final ScriptedTransport transport = new ScriptedTransport();
    private final Connection connection = transport.connection();

    private static List<Map<String, ?>> keys(int from, int to) {
        return IntStream.range(from, to).<Map<String, ?>>mapToObj(h -> Map.of("h", h)).toList();
    }

    /** Returns the items of the keys asked for, except {@code unprocessed}, left as UnprocessedKeys. */
    private static String answer(String body, List<Integer> unprocessed) {
        List<Integer> asked = hs(body);
        String items = Json.keys(asked.stream().filter(h -> !unprocessed.contains(h)).mapToInt(Integer::intValue));
        List<Integer> left = asked.stream().filter(unprocessed::contains).toList();
        String unprocessedKeys = left.isEmpty() ? "{}"
                : "{\"" + TABLE + "\":{\"Keys\":" + Json.keys(left.stream().mapToInt(Integer::intValue)) + "}}";
        return "{\"Responses\":{\"" + TABLE + "\":" + items + "},\"UnprocessedKeys\":" + unprocessedKeys + "}";
    }

    private static List<Integer> hsOf(Iterator<Item> items) {
        List<Integer> hs = new ArrayList<>();
        items.forEachRemaining(item -> hs.add(item.getInt("h")));
        return hs;
    }

    @Test
    void keysAreReadLazilyInCallsOf100() {
        transport.handler(body -> answer(body, List.of()));
        Iterator<Item> items = Compounds.iterateBatchGetItem(connection, TABLE, keys(0, 250)).iterator();
        assertThat(transport.count()).isZero();

        assertThat(hsOf(items)).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 250).boxed().toList());
        assertThat(transport.bodies()).extracting(body -> hs(body).size()).containsExactly(100, 100, 50);
    }

    @Test
    void unprocessedKeysAreResubmittedUntilEmpty() {
        List<List<Integer>> script = new ArrayList<>(List.of(List.of(1, 2), List.of(2), List.of()));
        transport.handler(body -> answer(body, script.remove(0)));
        List<Integer> hs = hsOf(Compounds.iterateBatchGetItem(connection, TABLE, keys(0, 4), NO_WAIT).iterator());

        assertThat(hs).containsExactlyInAnyOrder(0, 1, 2, 3);
        assertThat(transport.bodies()).extracting(Json::hs)
                .containsExactly(List.of(0, 1, 2, 3), List.of(1, 2), List.of(2));
    }

    @Test
    void exhaustedRetriesThrowExactlyTheKeysNotReadAfterTheItemsThatWere() {
        transport.handler(body -> answer(body, List.of(5)));
        Iterator<Item> items = Compounds.iterateBatchGetItem(connection, TABLE, keys(0, 150), NO_WAIT).iterator();
        List<Integer> read = new ArrayList<>();
        UnprocessedKeysException e = null;
        try {
            while (items.hasNext()) {
                read.add(items.next().getInt("h"));
            }
        } catch (UnprocessedKeysException thrown) {
            e = thrown;
        }

        assertThat(e).isNotNull();
        assertThat(read).hasSize(99).doesNotContain(5);
        assertThat(e.unprocessedKeys().get(TABLE)).extracting(key -> ((Number) key.get("h")).intValue())
                .containsExactlyElementsOf(IntStream.concat(IntStream.of(5), IntStream.range(100, 150)).boxed().toList());
        assertThat(transport.count()).isEqualTo(3);
    }

    @Test
    void aFailedCallThrowsEveryKeyNotRead() {
        transport.handler(body -> answer(body, List.of())).respond(400, Json.error("ValidationException"));
        Iterator<Item> items = Compounds.iterateBatchGetItem(connection, TABLE, keys(0, 120)).iterator();

        assertThatThrownBy(items::hasNext).isInstanceOfSatisfying(UnprocessedKeysException.class, e -> {
            assertThat(e.unprocessedCount()).isEqualTo(120);
            assertThat(e.getCause()).isInstanceOf(ClientException.class);
        });
    }

    @Test
    void duplicateKeysAreRejectedAtOnce() {
        assertThatThrownBy(() -> Compounds.iterateBatchGetItem(connection, TABLE, Map.of("h", 1), Map.of("h", 1L)))
                .isInstanceOf(BuilderException.class).hasMessageContaining("Keys 0 and 1");
        assertThat(transport.count()).isZero();
    }

    @Test
    void pagesAreTheResponses() {
        transport.handler(body -> answer(body, List.of()));
        List<BatchGetItemResponse> pages = Compounds.iterateBatchGetItem(connection, TABLE, keys(0, 101)).pageStream()
                .toList();
        assertThat(pages).hasSize(2);
        assertThat(Compounds.iterateBatchGetItem(connection, TABLE, List.of()).stream()).isEmpty();
    }
}
