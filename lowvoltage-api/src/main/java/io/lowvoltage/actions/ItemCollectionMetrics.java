package io.lowvoltage.actions;

import io.lowvoltage.Item;
import io.lowvoltage.internal.json.AttributeValues;
import io.lowvoltage.internal.json.JsonReads;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonParser;

/**
 * The estimated size of the item collection a write touched, when the request asked with
 * {@code ReturnItemCollectionMetrics}: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ItemCollectionMetrics.html">ItemCollectionMetrics</a>.
 * Only tables with local secondary indexes have item collections. Immutable; what DynamoDB did not send is empty.
 */
public final class ItemCollectionMetrics {
    private final Item itemCollectionKey;
    private final List<BigDecimal> sizeEstimateRangeGB;

    private ItemCollectionMetrics(Item itemCollectionKey, List<BigDecimal> sizeEstimateRangeGB) {
        this.itemCollectionKey = itemCollectionKey;
        this.sizeEstimateRangeGB = sizeEstimateRangeGB;
    }

    static ItemCollectionMetrics read(JsonParser parser) {
        Item key = Item.empty();
        List<BigDecimal> range = List.of();
        for (String name = JsonReads.firstMember(parser); name != null; name = JsonReads.nextMember(parser)) {
            switch (name) {
                case "ItemCollectionKey" -> key = AttributeValues.readItem(parser);
                case "SizeEstimateRangeGB" -> range = JsonReads.list(parser, JsonReads::decimal);
                default -> parser.skipChildren();
            }
        }
        return new ItemCollectionMetrics(key, range);
    }

    /** @return the partition key value of the item collection (API member {@code ItemCollectionKey}) */
    public Item itemCollectionKey() {
        return itemCollectionKey;
    }

    /**
     * @return the lower and upper bounds of the collection's size in gigabytes (API member
     *         {@code SizeEstimateRangeGB})
     */
    public List<BigDecimal> sizeEstimateRangeGB() {
        return sizeEstimateRangeGB;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ItemCollectionMetrics that
                && itemCollectionKey.equals(that.itemCollectionKey)
                && sizeEstimateRangeGB.equals(that.sizeEstimateRangeGB);
    }

    @Override
    public int hashCode() {
        return Objects.hash(itemCollectionKey, sizeEstimateRangeGB);
    }

    @Override
    public String toString() {
        return "ItemCollectionMetrics{itemCollectionKey=" + itemCollectionKey + ", sizeEstimateRangeGB="
                + sizeEstimateRangeGB + "}";
    }
}
