package io.lowvoltage.expressions;

import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.internal.expressions.Placeholders;
import java.util.ArrayList;
import java.util.List;

/**
 * The attributes to read ({@code ProjectionExpression} of GetItem, BatchGetItem, Query and Scan), such as
 * {@code projection("a", "b.c", "d[0]")}. Overlapping paths ({@code a} and {@code a.b}) fail with
 * {@link BuilderException}, as DynamoDB would reject them. Immutable and thread-safe.
 *
 * @see <a href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ProjectionExpressions.html">Projection
 *      expressions</a>
 */
public final class ProjectionExpression {
    static {
        Rendering.install();
    }

    private final List<Attribute> attributes;

    ProjectionExpression(List<Attribute> attributes) {
        if (attributes.isEmpty()) {
            throw new BuilderException("A projection expression names no attribute: name at least one, or leave"
                    + " the projection out to read every attribute");
        }
        for (int i = 0; i < attributes.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (attributes.get(i).path().overlaps(attributes.get(j).path())) {
                    throw new BuilderException("A projection expression names " + attributes.get(j) + " and "
                            + attributes.get(i) + ": DynamoDB rejects the same or overlapping document paths."
                            + " Keep the shorter one");
                }
            }
        }
        this.attributes = List.copyOf(attributes);
    }

    /**
     * @param paths more attributes to read, each parsed as {@link Path#parse(String)}
     * @return this projection with the paths added
     */
    public ProjectionExpression and(String... paths) {
        List<Attribute> extended = new ArrayList<>(attributes);
        for (String path : paths) {
            extended.add(Expressions.attribute(path));
        }
        return new ProjectionExpression(extended);
    }

    /**
     * @param more more attributes to read
     * @return this projection with the attributes added
     */
    public ProjectionExpression and(Attribute... more) {
        List<Attribute> extended = new ArrayList<>(attributes);
        extended.addAll(List.of(more));
        return new ProjectionExpression(extended);
    }

    void render(StringBuilder out, Placeholders placeholders) {
        for (int i = 0; i < attributes.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            attributes.get(i).render(out, placeholders);
        }
    }

    /** @return the projection in DynamoDB's syntax, with names in place of placeholders */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        render(out, Placeholders.forDisplay());
        return out.toString();
    }
}
