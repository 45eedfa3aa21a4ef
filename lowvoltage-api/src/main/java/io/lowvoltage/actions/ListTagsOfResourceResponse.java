package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * What {@link ListTagsOfResource} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListTagsOfResource.html#API_ListTagsOfResource_ResponseSyntax">ListTagsOfResource response</a>.
 * Immutable.
 */
public final class ListTagsOfResourceResponse {
    private final List<Tag> tags;
    private final String nextToken;

    private ListTagsOfResourceResponse(List<Tag> tags, String nextToken) {
        this.tags = tags;
        this.nextToken = nextToken;
    }

    static ListTagsOfResourceResponse read(JsonParser parser) {
        List<Tag> tags = List.of();
        String nextToken = null;
        for (String name = JsonReads.firstMember(parser); name != null; name = JsonReads.nextMember(parser)) {
            switch (name) {
                case "Tags" -> tags = JsonReads.list(parser, Tag::read);
                case "NextToken" -> nextToken = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new ListTagsOfResourceResponse(tags, nextToken);
    }

    /** @return the tags of this page (API member {@code Tags}); unmodifiable, empty when there are none */
    public List<Tag> tags() {
        return tags;
    }

    /**
     * @return where the next page starts, for {@link ListTagsOfResource#nextToken(String)} (API member
     *         {@code NextToken}); {@code null} on the last page
     */
    public String nextToken() {
        return nextToken;
    }

    @Override
    public String toString() {
        return Shapes.toString("ListTagsOfResourceResponse", "tags", tags, "nextToken", nextToken);
    }
}
