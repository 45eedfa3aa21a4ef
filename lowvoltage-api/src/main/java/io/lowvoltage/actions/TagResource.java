package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.Variadic;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Adds tags to a table, index or stream, replacing the value of a key already there: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TagResource.html">TagResource</a>.
 *
 * <pre>{@code
 * connection.request(new TagResource(tableArn).tag("env", "test").tags(List.of(Tag.of("team", "a"))));
 * }</pre>
 * Mandatory: the resource ARN, in the constructor or chained, and at least one tag. Not thread-safe: a builder.
 */
public final class TagResource extends Action<TagResourceResponse> {
    private String resourceArn;
    private final List<Tag> tags = new ArrayList<>();

    /** An empty TagResource: set the resource ARN and tags by chaining. */
    public TagResource() {
    }

    /** @param resourceArn the ARN of the table, index or stream, such as {@code TableDescription.tableArn()} */
    public TagResource(String resourceArn) {
        resourceArn(resourceArn);
    }

    @Override
    protected String operation() {
        return "TagResource";
    }

    /**
     * @param resourceArn the ARN of the table, index or stream (API member {@code ResourceArn})
     * @return this action
     */
    public TagResource resourceArn(String resourceArn) {
        this.resourceArn = Objects.requireNonNull(resourceArn, "resourceArn");
        return this;
    }

    /**
     * Adds a tag, after those already added (API member {@code Tags}).
     *
     * @param key   the tag's key
     * @param value the tag's value
     * @return this action
     */
    public TagResource tag(String key, String value) {
        tags.add(Tag.of(key, value));
        return this;
    }

    /**
     * @param tags tags to add, after those already added (API member {@code Tags})
     * @return this action
     */
    public TagResource tags(Tag... tags) {
        Variadic.addAll(this.tags, "tags", tags);
        return this;
    }

    /**
     * @param tags tags to add, after those already added (API member {@code Tags})
     * @return this action
     */
    public TagResource tags(Iterable<Tag> tags) {
        Variadic.addAll(this.tags, "tags", tags);
        return this;
    }

    /**
     * @param tags tags to add, after those already added (API member {@code Tags}); the stream is consumed
     * @return this action
     */
    public TagResource tags(Stream<Tag> tags) {
        Variadic.addAll(this.tags, "tags", tags);
        return this;
    }

    @Override
    protected void validate() {
        Require.present(resourceArn, "TagResource", "ResourceArn", "new TagResource(resourceArn) or .resourceArn(...)");
        Require.present(tags, "TagResource", "Tags", ".tag(key, value) or .tags(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, TransactionMembers.RESOURCE_ARN, resourceArn);
        Shapes.array(generator, Members.TAGS, tags, Tag::write);
        generator.writeEndObject();
    }

    @Override
    protected TagResourceResponse readResponse(JsonParser parser) {
        return new TagResourceResponse(parser);
    }
}
