package io.lowvoltage.compounds;

import static io.lowvoltage.compounds.support.Json.count;
import static io.lowvoltage.compounds.support.Json.hs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.lowvoltage.Connection;
import io.lowvoltage.actions.WriteRequest;
import io.lowvoltage.compounds.support.Json;
import io.lowvoltage.compounds.support.ScriptedTransport;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.exceptions.ClientException;
import io.lowvoltage.retry.ExponentialBackoffRetryPolicy;
import io.lowvoltage.retry.RetryPolicy;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchWriteTest {
    private static final String TABLE = "Tbl";
    private static final String DONE = "{\"UnprocessedItems\":{}}";
    private static final RetryPolicy NO_WAIT = new ExponentialBackoffRetryPolicy(Duration.ZERO, 1, 3);

    private final ScriptedTransport transport = new ScriptedTransport();
    private final Connection connection = transport.connection();

    private static List<Map<String, ?>> items(int from, int to) {
        return IntStream.range(from, to).<Map<String, ?>>mapToObj(h -> Map.of("h", h, "v", "x")).toList();
    }

    private static String unprocessedPuts(int... hs) {
        String requests = IntStream.of(hs)
                .mapToObj(h -> "{\"PutRequest\":{\"Item\":{\"h\":{\"N\":\"" + h + "\"},\"v\":{\"S\":\"x\"}}}}")
                .collect(Collectors.joining(","));
        return "{\"UnprocessedItems\":{\"" + TABLE + "\":[" + requests + "]}}";
    }

    private static List<Integer> leftover(UnprocessedItemsException e) {
        return e.unprocessedItems().get(TABLE).stream()
                .map(request -> ((Number) request.item().get("h")).intValue()).toList();
    }

    @Test
    void writesAreSplitIntoCallsOf25() {
        transport.handler(body -> DONE);
        Compounds.batchPutItem(connection, TABLE, items(0, 60));

        assertThat(transport.bodies()).extracting(body -> count(body, "PutRequest")).containsExactly(25, 25, 10);
        assertThat(transport.bodies()).flatExtracting(Json::hs).containsExactlyElementsOf(IntStream.range(0, 60).boxed().toList());
    }

    @Test
    void writesAreSplitWhenTheRequestWouldPass16Megabytes() {
        transport.handler(body -> DONE);
        // 390,000 quotes: 390 KB as DynamoDB counts, but 780 KB in JSON, where each quote is escaped.
        String quotes = "\"".repeat(390_000);
        List<Map<String, ?>> items = IntStream.range(0, 25).<Map<String, ?>>mapToObj(h -> Map.of("h", h, "v", quotes))
                .toList();
        Compounds.batchPutItem(connection, TABLE, items);

        assertThat(transport.bodies()).extracting(body -> count(body, "PutRequest")).containsExactly(20, 5);
        assertThat(transport.requests()).allSatisfy(request -> assertThat(request.body().length).isLessThan(16_000_000));
    }

    @Test
    void anItemOver400KilobytesIsRejectedByNameBeforeAnythingIsSent() {
        Map<String, ?> big = Map.of("h", 7, "v", "é".repeat(205_000)); // 410,000 bytes of UTF-8

        assertThatThrownBy(() -> Compounds.batchPutItem(connection, TABLE, Map.of("h", 1), big))
                .isInstanceOf(BuilderException.class)
                .hasMessageContaining("Item 1 for table Tbl").hasMessageContaining("400 KB").hasMessageContaining("h=7");
        assertThat(transport.count()).isZero();
    }

    @Test
    void duplicateKeysAreRejectedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> Compounds.batchDeleteItem(connection, TABLE,
                Map.of("h", 1), Map.of("h", 2), Map.of("h", new BigDecimal("1.0"))))
                .isInstanceOf(BuilderException.class).hasMessageContaining("Write requests 0 and 2");
        assertThatThrownBy(() -> Compounds.batchPutItem(connection, TABLE, Map.of("h", 1, "v", "x"),
                Map.of("h", 1L, "v", "x")))
                .isInstanceOf(BuilderException.class).hasMessageContaining("same put");
        assertThat(transport.count()).isZero();
    }

    @Test
    void unprocessedItemsAreResubmittedUntilEmpty() {
        transport.ok(unprocessedPuts(1, 3)).ok(unprocessedPuts(3)).ok(DONE);
        Compounds.batchPutItem(connection, TABLE, items(0, 5), NO_WAIT);

        List<String> bodies = transport.bodies();
        assertThat(bodies).hasSize(3);
        assertThat(hs(bodies.get(0))).containsExactly(0, 1, 2, 3, 4);
        assertThat(hs(bodies.get(1))).containsExactly(1, 3);
        assertThat(hs(bodies.get(2))).containsExactly(3);
    }

    @Test
    void exhaustedRetriesThrowExactlyTheItemsNotWritten() {
        // Chunk one (0..24) keeps 3 and 7 unprocessed; chunk two (25..29) is never sent.
        transport.handler(body -> unprocessedPuts(3, 7));
        UnprocessedItemsException e = catchThrowableOfType(UnprocessedItemsException.class,
                () -> Compounds.batchPutItem(connection, TABLE, items(0, 30), NO_WAIT));

        assertThat(transport.count()).isEqualTo(4); // the call, then 3 retries
        assertThat(leftover(e)).containsExactly(3, 7, 25, 26, 27, 28, 29);
        assertThat(e.unprocessedCount()).isEqualTo(7);
        assertThat(e.getCause()).isNull();
        assertThat(e.isRetryable()).isTrue();
        assertThat(e).hasMessageContaining("7 of 30");
    }

    @Test
    void aFailedCallThrowsEveryItemNotConfirmedWrittenWithTheCause() {
        transport.ok(DONE).respond(400, Json.error("ValidationException"));
        UnprocessedItemsException e = catchThrowableOfType(UnprocessedItemsException.class,
                () -> Compounds.batchPutItem(connection, TABLE, items(0, 60)));

        assertThat(transport.count()).isEqualTo(2);
        assertThat(leftover(e)).containsExactlyElementsOf(IntStream.range(25, 60).boxed().toList());
        assertThat(e.getCause()).isInstanceOf(ClientException.class);
        assertThat(e.isRetryable()).isFalse();
    }

    @Test
    void theLeftoverCanBeSentAgain() {
        transport.handler(body -> unprocessedPuts(3));
        UnprocessedItemsException e = catchThrowableOfType(UnprocessedItemsException.class,
                () -> Compounds.batchPutItem(connection, TABLE, items(0, 5), NO_WAIT));
        transport.handler(body -> DONE);
        List<WriteRequest> left = e.unprocessedItems().get(TABLE);

        Compounds.batchWriteItem(connection, TABLE, left, NO_WAIT);
        assertThat(hs(transport.bodies().get(transport.count() - 1))).containsExactly(3);
    }

    @Test
    void nothingToWriteSendsNothing() {
        Compounds.batchPutItem(connection, TABLE, List.of());
        assertThat(transport.count()).isZero();
    }
}
