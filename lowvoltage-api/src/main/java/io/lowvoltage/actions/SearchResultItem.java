package io.lowvoltage.actions;

import io.lowvoltage.Item;
import io.lowvoltage.internal.json.AttributeValues;
import io.lowvoltage.internal.json.JsonReads;
import java.math.BigDecimal;
import tools.jackson.core.JsonParser;

/**
 * One item a {@link SearchVectors} found, with its score: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_SearchResultItem.html">SearchResultItem</a>.
 * Immutable; a value DynamoDB did not send is {@code null}.
 */
public final class SearchResultItem {
    private final Item item;
    private final BigDecimal score;

    private SearchResultItem(Item item, BigDecimal score) {
        this.item = item;
        this.score = score;
    }

    static SearchResultItem read(JsonParser parser) {
        Item item = null;
        BigDecimal score = null;
        for (String name = JsonReads.firstMember(parser); name != null; name = JsonReads.nextMember(parser)) {
            switch (name) {
                case "Item" -> item = AttributeValues.readItem(parser);
                case "Score" -> score = JsonReads.decimal(parser);
                default -> parser.skipChildren();
            }
        }
        return new SearchResultItem(item, score);
    }

    /** @return the projected attributes of the item (API member {@code Item}) */
    public Item item() {
        return item;
    }

    /**
     * @return how close the item is to the search vector (API member {@code Score}), read exactly as sent; its
     *         meaning depends on the index's distance function (lower is closer for {@code COSINE} and
     *         {@code EUCLIDEAN})
     */
    public BigDecimal score() {
        return score;
    }

    @Override
    public String toString() {
        return Shapes.toString("SearchResultItem", "score", score, "item", item);
    }
}
