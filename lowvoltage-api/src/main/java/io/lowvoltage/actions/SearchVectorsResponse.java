package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * What {@link SearchVectors} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_SearchVectors.html#API_SearchVectors_ResponseSyntax">SearchVectors response</a>.
 * Immutable.
 */
public final class SearchVectorsResponse {
    private final VectorCapacity consumedCapacity;
    private final List<SearchResultItem> searchResults;

    private SearchVectorsResponse(VectorCapacity consumedCapacity, List<SearchResultItem> searchResults) {
        this.consumedCapacity = consumedCapacity;
        this.searchResults = searchResults;
    }

    static SearchVectorsResponse read(JsonParser parser) {
        VectorCapacity consumedCapacity = null;
        List<SearchResultItem> searchResults = List.of();
        for (String name = JsonReads.firstMember(parser); name != null; name = JsonReads.nextMember(parser)) {
            switch (name) {
                case "ConsumedCapacity" -> consumedCapacity = VectorCapacity.read(parser);
                case "SearchResults" -> searchResults = JsonReads.list(parser, SearchResultItem::read);
                default -> parser.skipChildren();
            }
        }
        return new SearchVectorsResponse(consumedCapacity, searchResults);
    }

    /** @return the vector capacity consumed (API member {@code ConsumedCapacity}), or {@code null} */
    public VectorCapacity consumedCapacity() {
        return consumedCapacity;
    }

    /**
     * @return the items found, most similar first (API member {@code SearchResults}); unmodifiable, empty when none
     */
    public List<SearchResultItem> searchResults() {
        return searchResults;
    }

    @Override
    public String toString() {
        return Shapes.toString("SearchVectorsResponse", "searchResults", searchResults, "consumedCapacity",
                consumedCapacity);
    }
}
