package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Turns a table's time to live on or off: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TimeToLiveSpecification.html">TimeToLiveSpecification</a>.
 * Immutable.
 *
 * <pre>{@code
 * TimeToLiveSpecification.enabled("expiresAt")
 * }</pre>
 */
public final class TimeToLiveSpecification {
    private final Boolean enabled;
    private final String attributeName;

    private TimeToLiveSpecification(Boolean enabled, String attributeName) {
        this.enabled = enabled;
        this.attributeName = attributeName;
    }

    /**
     * @param enabled       whether items expire (API member {@code Enabled})
     * @param attributeName the attribute holding each item's expiry in epoch seconds (API member
     *                      {@code AttributeName})
     * @return the specification
     */
    public static TimeToLiveSpecification of(boolean enabled, String attributeName) {
        return new TimeToLiveSpecification(enabled, Objects.requireNonNull(attributeName, "attributeName"));
    }

    /**
     * @param attributeName the attribute holding each item's expiry in epoch seconds
     * @return a specification turning time to live on
     */
    public static TimeToLiveSpecification enabled(String attributeName) {
        return of(true, attributeName);
    }

    /**
     * @param attributeName the attribute time to live uses now, which DynamoDB requires to turn it off
     * @return a specification turning time to live off
     */
    public static TimeToLiveSpecification disabled(String attributeName) {
        return of(false, attributeName);
    }

    static TimeToLiveSpecification read(JsonParser parser) {
        Boolean enabled = null;
        String attributeName = null;
        for (String name = JsonReads.firstMember(parser); name != null; name = JsonReads.nextMember(parser)) {
            switch (name) {
                case "Enabled" -> enabled = JsonReads.bool(parser);
                case "AttributeName" -> attributeName = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new TimeToLiveSpecification(enabled, attributeName);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.bool(generator, Members.ENABLED, enabled);
        JsonWrites.string(generator, Members.ATTRIBUTE_NAME, attributeName);
        generator.writeEndObject();
    }

    /** @return whether items expire (API member {@code Enabled}); {@code null} when a response left it out */
    public Boolean enabled() {
        return enabled;
    }

    /** @return the attribute holding each item's expiry (API member {@code AttributeName}) */
    public String attributeName() {
        return attributeName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimeToLiveSpecification that && Objects.equals(enabled, that.enabled)
                && Objects.equals(attributeName, that.attributeName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(enabled, attributeName);
    }

    @Override
    public String toString() {
        return Shapes.toString("TimeToLiveSpecification", "enabled", enabled, "attributeName", attributeName);
    }
}
