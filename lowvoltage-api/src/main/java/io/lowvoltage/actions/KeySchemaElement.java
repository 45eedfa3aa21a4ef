package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * One attribute of a primary key and its role: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_KeySchemaElement.html">KeySchemaElement</a>.
 * Immutable.
 *
 * <pre>{@code
 * KeySchemaElement.hash("h"), KeySchemaElement.range("r")
 * }</pre>
 */
public final class KeySchemaElement {
    private final String attributeName;
    private final KeyType keyType;

    private KeySchemaElement(String attributeName, KeyType keyType) {
        this.attributeName = attributeName;
        this.keyType = keyType;
    }

    /**
     * @param attributeName the attribute (API member {@code AttributeName})
     * @param keyType       its role (API member {@code KeyType})
     * @return the element
     */
    public static KeySchemaElement of(String attributeName, KeyType keyType) {
        return new KeySchemaElement(Objects.requireNonNull(attributeName, "attributeName"),
                Shapes.known(keyType, "KeyType"));
    }

    /**
     * @param attributeName the partition key attribute
     * @return the element with key type {@code HASH}
     */
    public static KeySchemaElement hash(String attributeName) {
        return of(attributeName, KeyType.HASH);
    }

    /**
     * @param attributeName the sort key attribute
     * @return the element with key type {@code RANGE}
     */
    public static KeySchemaElement range(String attributeName) {
        return of(attributeName, KeyType.RANGE);
    }

    static KeySchemaElement read(JsonParser parser) {
        String name = null;
        KeyType type = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "AttributeName" -> name = JsonReads.string(parser);
                case "KeyType" -> type = Enums.read(parser, KeyType.class);
                default -> parser.skipChildren();
            }
        }
        return new KeySchemaElement(name, type);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.ATTRIBUTE_NAME, attributeName);
        JsonWrites.constant(generator, Members.KEY_TYPE, keyType);
        generator.writeEndObject();
    }

    /** @return the attribute's name (API member {@code AttributeName}) */
    public String attributeName() {
        return attributeName;
    }

    /** @return the attribute's role (API member {@code KeyType}) */
    public KeyType keyType() {
        return keyType;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeySchemaElement that && Objects.equals(attributeName, that.attributeName)
                && keyType == that.keyType;
    }

    @Override
    public int hashCode() {
        return Objects.hash(attributeName, keyType);
    }

    @Override
    public String toString() {
        return attributeName + ":" + keyType;
    }
}
