package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * A key-value label on a DynamoDB resource: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Tag.html">Tag</a>. Immutable.
 *
 * <pre>{@code
 * Tag.of("env", "test")
 * }</pre>
 */
public final class Tag {
    private final String key;
    private final String value;

    private Tag(String key, String value) {
        this.key = key;
        this.value = value;
    }

    /**
     * @param key   the tag's key (API member {@code Key})
     * @param value the tag's value (API member {@code Value})
     * @return the tag
     */
    public static Tag of(String key, String value) {
        return new Tag(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    }

    static Tag read(JsonParser parser) {
        String key = null;
        String value = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "Key" -> key = JsonReads.string(parser);
                case "Value" -> value = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new Tag(key, value);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.KEY, key);
        JsonWrites.string(generator, Members.VALUE, value);
        generator.writeEndObject();
    }

    /** @return the tag's key (API member {@code Key}) */
    public String key() {
        return key;
    }

    /** @return the tag's value (API member {@code Value}) */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tag that && Objects.equals(key, that.key) && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, value);
    }

    @Override
    public String toString() {
        return key + "=" + value;
    }
}
