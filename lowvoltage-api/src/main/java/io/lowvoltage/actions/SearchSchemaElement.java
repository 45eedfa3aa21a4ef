package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * One attribute of a vector index's search schema and its role: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_SearchSchemaElement.html">SearchSchemaElement</a>.
 * Immutable.
 *
 * <pre>{@code
 * SearchSchemaElement.hash("tenant"), SearchSchemaElement.inlineFilter("color")
 * }</pre>
 */
public final class SearchSchemaElement {
    private final String attributeName;
    private final SearchSchemaElementType searchSchemaElementType;

    private SearchSchemaElement(String attributeName, SearchSchemaElementType searchSchemaElementType) {
        this.attributeName = attributeName;
        this.searchSchemaElementType = searchSchemaElementType;
    }

    /**
     * @param attributeName           the attribute (API member {@code AttributeName})
     * @param searchSchemaElementType its role (API member {@code SearchSchemaElementType})
     * @return the element
     */
    public static SearchSchemaElement of(String attributeName, SearchSchemaElementType searchSchemaElementType) {
        return new SearchSchemaElement(Objects.requireNonNull(attributeName, "attributeName"),
                Shapes.known(searchSchemaElementType, "SearchSchemaElementType"));
    }

    /**
     * @param attributeName the attribute
     * @return the element with type {@code HASH}
     */
    public static SearchSchemaElement hash(String attributeName) {
        return of(attributeName, SearchSchemaElementType.HASH);
    }

    /**
     * @param attributeName the attribute
     * @return the element with type {@code INLINE_FILTER}
     */
    public static SearchSchemaElement inlineFilter(String attributeName) {
        return of(attributeName, SearchSchemaElementType.INLINE_FILTER);
    }

    static SearchSchemaElement read(JsonParser parser) {
        String name = null;
        SearchSchemaElementType type = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "AttributeName" -> name = JsonReads.string(parser);
                case "SearchSchemaElementType" -> type = Enums.read(parser, SearchSchemaElementType.class);
                default -> parser.skipChildren();
            }
        }
        return new SearchSchemaElement(name, type);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.ATTRIBUTE_NAME, attributeName);
        JsonWrites.constant(generator, Members.SEARCH_SCHEMA_ELEMENT_TYPE, searchSchemaElementType);
        generator.writeEndObject();
    }

    /** @return the attribute's name (API member {@code AttributeName}) */
    public String attributeName() {
        return attributeName;
    }

    /** @return the attribute's role (API member {@code SearchSchemaElementType}) */
    public SearchSchemaElementType searchSchemaElementType() {
        return searchSchemaElementType;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SearchSchemaElement that && Objects.equals(attributeName, that.attributeName)
                && searchSchemaElementType == that.searchSchemaElementType;
    }

    @Override
    public int hashCode() {
        return Objects.hash(attributeName, searchSchemaElementType);
    }

    @Override
    public String toString() {
        return attributeName + ":" + searchSchemaElementType;
    }
}
