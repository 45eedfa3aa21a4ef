package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The attribute holding the vectors of a vector index: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_VectorAttributeDefinition.html">VectorAttributeDefinition</a>.
 * Immutable.
 */
public final class VectorAttributeDefinition {
    private final String attributeName;

    private VectorAttributeDefinition(String attributeName) {
        this.attributeName = attributeName;
    }

    /**
     * @param attributeName the vector attribute (API member {@code AttributeName})
     * @return the definition
     */
    public static VectorAttributeDefinition of(String attributeName) {
        return new VectorAttributeDefinition(Objects.requireNonNull(attributeName, "attributeName"));
    }

    static VectorAttributeDefinition read(JsonParser parser) {
        String name = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            if (member.equals("AttributeName")) {
                name = JsonReads.string(parser);
            } else {
                parser.skipChildren();
            }
        }
        return new VectorAttributeDefinition(name);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.ATTRIBUTE_NAME, attributeName);
        generator.writeEndObject();
    }

    /** @return the vector attribute's name (API member {@code AttributeName}) */
    public String attributeName() {
        return attributeName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VectorAttributeDefinition that && Objects.equals(attributeName, that.attributeName);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(attributeName);
    }

    @Override
    public String toString() {
        return "VectorAttributeDefinition{" + attributeName + "}";
    }
}
