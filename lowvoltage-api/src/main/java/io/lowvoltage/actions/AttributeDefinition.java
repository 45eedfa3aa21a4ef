package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The name and type of a key attribute of a table or index: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeDefinition.html">AttributeDefinition</a>.
 * Immutable.
 *
 * <pre>{@code
 * AttributeDefinition.of("h", ScalarAttributeType.S)
 * }</pre>
 */
public final class AttributeDefinition {
    private final String attributeName;
    private final ScalarAttributeType attributeType;

    private AttributeDefinition(String attributeName, ScalarAttributeType attributeType) {
        this.attributeName = attributeName;
        this.attributeType = attributeType;
    }

    /**
     * @param attributeName the attribute (API member {@code AttributeName})
     * @param attributeType its type (API member {@code AttributeType})
     * @return the definition
     */
    public static AttributeDefinition of(String attributeName, ScalarAttributeType attributeType) {
        return new AttributeDefinition(Objects.requireNonNull(attributeName, "attributeName"),
                Shapes.known(attributeType, "AttributeType"));
    }

    static AttributeDefinition read(JsonParser parser) {
        String name = null;
        ScalarAttributeType type = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "AttributeName" -> name = JsonReads.string(parser);
                case "AttributeType" -> type = Enums.read(parser, ScalarAttributeType.class);
                default -> parser.skipChildren();
            }
        }
        return new AttributeDefinition(name, type);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.ATTRIBUTE_NAME, attributeName);
        JsonWrites.constant(generator, Members.ATTRIBUTE_TYPE, attributeType);
        generator.writeEndObject();
    }

    /** @return the attribute's name (API member {@code AttributeName}) */
    public String attributeName() {
        return attributeName;
    }

    /** @return the attribute's type (API member {@code AttributeType}) */
    public ScalarAttributeType attributeType() {
        return attributeType;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AttributeDefinition that && Objects.equals(attributeName, that.attributeName)
                && attributeType == that.attributeType;
    }

    @Override
    public int hashCode() {
        return Objects.hash(attributeName, attributeType);
    }

    @Override
    public String toString() {
        return attributeName + ":" + attributeType;
    }
}
