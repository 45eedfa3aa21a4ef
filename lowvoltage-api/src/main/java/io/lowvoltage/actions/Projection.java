package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Which attributes an index copies from its table: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Projection.html">Projection</a>.
 * Immutable.
 *
 * <pre>{@code
 * Projection.all(), Projection.keysOnly(), Projection.include("a", "b")
 * }</pre>
 */
public final class Projection {
    private static final Projection ALL = new Projection(ProjectionType.ALL, List.of());
    private static final Projection KEYS_ONLY = new Projection(ProjectionType.KEYS_ONLY, List.of());

    private final ProjectionType projectionType;
    private final List<String> nonKeyAttributes;

    private Projection(ProjectionType projectionType, List<String> nonKeyAttributes) {
        this.projectionType = projectionType;
        this.nonKeyAttributes = nonKeyAttributes;
    }

    /** @return the projection of every attribute */
    public static Projection all() {
        return ALL;
    }

    /** @return the projection of the table and index keys only */
    public static Projection keysOnly() {
        return KEYS_ONLY;
    }

    /**
     * @param nonKeyAttributes the non-key attributes to copy besides the keys (API member {@code NonKeyAttributes})
     * @return an {@code INCLUDE} projection
     */
    public static Projection include(String... nonKeyAttributes) {
        return include(Arrays.asList(nonKeyAttributes));
    }

    /**
     * @param nonKeyAttributes the non-key attributes to copy besides the keys (API member {@code NonKeyAttributes})
     * @return an {@code INCLUDE} projection
     */
    public static Projection include(Iterable<String> nonKeyAttributes) {
        List<String> names = new ArrayList<>();
        nonKeyAttributes.forEach(names::add);
        return new Projection(ProjectionType.INCLUDE, Shapes.copy(names, "nonKeyAttributes"));
    }

    static Projection read(JsonParser parser) {
        ProjectionType type = null;
        List<String> nonKey = List.of();
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "ProjectionType" -> type = Enums.read(parser, ProjectionType.class);
                case "NonKeyAttributes" -> nonKey = JsonReads.list(parser, JsonReads::string);
                default -> parser.skipChildren();
            }
        }
        return new Projection(type, nonKey);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.constant(generator, Members.PROJECTION_TYPE, projectionType);
        if (!nonKeyAttributes.isEmpty()) {
            JsonWrites.strings(generator, Members.NON_KEY_ATTRIBUTES, nonKeyAttributes);
        }
        generator.writeEndObject();
    }

    /** @return which attributes are projected (API member {@code ProjectionType}), or {@code null} */
    public ProjectionType projectionType() {
        return projectionType;
    }

    /** @return the non-key attributes of an {@code INCLUDE} projection (API member {@code NonKeyAttributes}) */
    public List<String> nonKeyAttributes() {
        return nonKeyAttributes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Projection that && projectionType == that.projectionType
                && nonKeyAttributes.equals(that.nonKeyAttributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(projectionType, nonKeyAttributes);
    }

    @Override
    public String toString() {
        return nonKeyAttributes.isEmpty() ? String.valueOf(projectionType) : projectionType + "" + nonKeyAttributes;
    }
}
