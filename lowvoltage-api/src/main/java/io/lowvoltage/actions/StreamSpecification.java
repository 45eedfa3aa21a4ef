package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Whether a table has a DynamoDB stream, and what its records hold: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_StreamSpecification.html">StreamSpecification</a>.
 * Immutable.
 *
 * <pre>{@code
 * StreamSpecification.enabled(StreamViewType.NEW_AND_OLD_IMAGES), StreamSpecification.disabled()
 * }</pre>
 */
public final class StreamSpecification {
    private static final StreamSpecification DISABLED = new StreamSpecification(false, null);

    private final boolean streamEnabled;
    private final StreamViewType streamViewType;

    private StreamSpecification(boolean streamEnabled, StreamViewType streamViewType) {
        this.streamEnabled = streamEnabled;
        this.streamViewType = streamViewType;
    }

    /**
     * @param streamViewType what each stream record holds (API member {@code StreamViewType})
     * @return a specification with the stream enabled
     */
    public static StreamSpecification enabled(StreamViewType streamViewType) {
        return new StreamSpecification(true, Shapes.known(streamViewType, "StreamViewType"));
    }

    /** @return a specification with the stream disabled */
    public static StreamSpecification disabled() {
        return DISABLED;
    }

    static StreamSpecification read(JsonParser parser) {
        boolean enabled = false;
        StreamViewType viewType = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "StreamEnabled" -> enabled = JsonReads.bool(parser);
                case "StreamViewType" -> viewType = Enums.read(parser, StreamViewType.class);
                default -> parser.skipChildren();
            }
        }
        return new StreamSpecification(enabled, viewType);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.bool(generator, Members.STREAM_ENABLED, streamEnabled);
        JsonWrites.constant(generator, Members.STREAM_VIEW_TYPE, streamViewType);
        generator.writeEndObject();
    }

    /** @return whether the stream is enabled (API member {@code StreamEnabled}) */
    public boolean streamEnabled() {
        return streamEnabled;
    }

    /** @return what each stream record holds (API member {@code StreamViewType}), or {@code null} */
    public StreamViewType streamViewType() {
        return streamViewType;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StreamSpecification that && streamEnabled == that.streamEnabled
                && streamViewType == that.streamViewType;
    }

    @Override
    public int hashCode() {
        return Objects.hash(streamEnabled, streamViewType);
    }

    @Override
    public String toString() {
        return streamEnabled ? "StreamSpecification{" + streamViewType + "}" : "StreamSpecification{disabled}";
    }
}
