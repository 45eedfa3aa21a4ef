package io.lowvoltage.actions;

import io.lowvoltage.Item;
import io.lowvoltage.internal.json.AttributeValues;
import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonParser;

/**
 * The keys to read from one table and how to read them, as {@link BatchGetItemResponse#unprocessedKeys()}
 * hands them back: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_KeysAndAttributes.html">KeysAndAttributes</a>.
 * Immutable; a value DynamoDB did not send is {@code null}, a list or map it did not send is empty.
 * {@link BatchGetItem#retryOf(BatchGetItemResponse)} turns these back into a request.
 */
public final class KeysAndAttributes {
    private final List<Item> keys;
    private final List<String> attributesToGet;
    private final Boolean consistentRead;
    private final String projectionExpression;
    private final Map<String, String> expressionAttributeNames;

    private KeysAndAttributes(List<Item> keys, List<String> attributesToGet, Boolean consistentRead,
            String projectionExpression, Map<String, String> expressionAttributeNames) {
        this.keys = keys;
        this.attributesToGet = attributesToGet;
        this.consistentRead = consistentRead;
        this.projectionExpression = projectionExpression;
        this.expressionAttributeNames = expressionAttributeNames;
    }

    static KeysAndAttributes read(JsonParser parser) {
        List<Item> keys = List.of();
        List<String> attributesToGet = List.of();
        Boolean consistentRead = null;
        String projectionExpression = null;
        Map<String, String> names = Map.of();
        for (String name = JsonReads.firstMember(parser); name != null; name = JsonReads.nextMember(parser)) {
            switch (name) {
                case "Keys" -> keys = JsonReads.list(parser, AttributeValues::readItem);
                case "AttributesToGet" -> attributesToGet = JsonReads.list(parser, JsonReads::string);
                case "ConsistentRead" -> consistentRead = JsonReads.bool(parser);
                case "ProjectionExpression" -> projectionExpression = JsonReads.string(parser);
                case "ExpressionAttributeNames" -> names = JsonReads.map(parser, JsonReads::string);
                default -> parser.skipChildren();
            }
        }
        return new KeysAndAttributes(keys, attributesToGet, consistentRead, projectionExpression, names);
    }

    /** @return the primary keys of the items to read (API member {@code Keys}) */
    public List<Item> keys() {
        return keys;
    }

    /** @return the legacy projection (API member {@code AttributesToGet}), empty when not set */
    public List<String> attributesToGet() {
        return attributesToGet;
    }

    /** @return whether the reads are strongly consistent (API member {@code ConsistentRead}), or {@code null} */
    public Boolean consistentRead() {
        return consistentRead;
    }

    /** @return the attributes to read (API member {@code ProjectionExpression}), or {@code null} */
    public String projectionExpression() {
        return projectionExpression;
    }

    /** @return the name placeholders of the projection (API member {@code ExpressionAttributeNames}) */
    public Map<String, String> expressionAttributeNames() {
        return expressionAttributeNames;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeysAndAttributes that
                && keys.equals(that.keys)
                && attributesToGet.equals(that.attributesToGet)
                && Objects.equals(consistentRead, that.consistentRead)
                && Objects.equals(projectionExpression, that.projectionExpression)
                && expressionAttributeNames.equals(that.expressionAttributeNames);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keys, attributesToGet, consistentRead, projectionExpression, expressionAttributeNames);
    }

    @Override
    public String toString() {
        return "KeysAndAttributes{keys=" + keys
                + (attributesToGet.isEmpty() ? "" : ", attributesToGet=" + attributesToGet)
                + (consistentRead == null ? "" : ", consistentRead=" + consistentRead)
                + (projectionExpression == null ? "" : ", projectionExpression=" + projectionExpression)
                + (expressionAttributeNames.isEmpty() ? "" : ", expressionAttributeNames=" + expressionAttributeNames)
                + "}";
    }
}
