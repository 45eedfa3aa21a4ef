package io.lowvoltage.actions;

import io.lowvoltage.Item;
import io.lowvoltage.internal.json.AttributeValues;
import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * One page of items: the response members that {@link QueryResponse} and {@link ScanResponse} share, as their
 * output shapes have the same members. Immutable.
 */
abstract class QueryScanPage {
    private final List<Item> items;
    private final int count;
    private final int scannedCount;
    private final Item lastEvaluatedKey;
    private final ConsumedCapacity consumedCapacity;

    /** Reads the response body in one pass. */
    QueryScanPage(JsonParser parser) {
        List<Item> items = List.of();
        int count = 0;
        int scannedCount = 0;
        Item lastEvaluatedKey = null;
        ConsumedCapacity consumedCapacity = null;
        for (String name = JsonReads.firstMember(parser); name != null; name = JsonReads.nextMember(parser)) {
            switch (name) {
                case "Items" -> items = JsonReads.list(parser, AttributeValues::readItem);
                case "Count" -> count = JsonReads.intValue(parser);
                case "ScannedCount" -> scannedCount = JsonReads.intValue(parser);
                case "LastEvaluatedKey" -> lastEvaluatedKey = AttributeValues.readItem(parser);
                case "ConsumedCapacity" -> consumedCapacity = ConsumedCapacity.read(parser);
                default -> parser.skipChildren();
            }
        }
        this.items = items;
        this.count = count;
        this.scannedCount = scannedCount;
        this.lastEvaluatedKey = lastEvaluatedKey;
        this.consumedCapacity = consumedCapacity;
    }

    /**
     * @return the items of this page that matched the filter, if any (API member {@code Items}); unmodifiable,
     *         empty when none matched or with {@code Select COUNT}
     */
    public final List<Item> items() {
        return items;
    }

    /** @return how many items of this page matched the filter, if any (API member {@code Count}) */
    public final int count() {
        return count;
    }

    /** @return how many items this page evaluated, before the filter (API member {@code ScannedCount}) */
    public final int scannedCount() {
        return scannedCount;
    }

    /**
     * @return the primary key (and index key) of the last item evaluated, where the next page starts (API member
     *         {@code LastEvaluatedKey}); {@code null} on the last page
     */
    public final Item lastEvaluatedKey() {
        return lastEvaluatedKey;
    }

    /** @return whether a next page may hold more items: whether {@link #lastEvaluatedKey()} is present */
    public final boolean hasMorePages() {
        return lastEvaluatedKey != null;
    }

    /**
     * @return the capacity consumed (API member {@code ConsumedCapacity}), when the request asked for it; else
     *         {@code null}
     */
    public final ConsumedCapacity consumedCapacity() {
        return consumedCapacity;
    }

    @Override
    public final String toString() {
        // Items are left out: a page holds up to 1 MB of them.
        return getClass().getSimpleName() + "{count=" + count + ", scannedCount=" + scannedCount
                + (lastEvaluatedKey == null ? "" : ", lastEvaluatedKey=" + lastEvaluatedKey)
                + (consumedCapacity == null ? "" : ", " + consumedCapacity) + "}";
    }
}
