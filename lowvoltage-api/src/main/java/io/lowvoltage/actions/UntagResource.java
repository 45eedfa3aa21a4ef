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
 * Removes tags from a table, index or stream: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UntagResource.html">UntagResource</a>.
 *
 * <pre>{@code
 * connection.request(new UntagResource(tableArn).tagKeys("env", "team"));
 * }</pre>
 * Mandatory: the resource ARN, in the constructor or chained, and at least one tag key. Not thread-safe: a
 * builder.
 */
public final class UntagResource extends Action<UntagResourceResponse> {
    private String resourceArn;
    private final List<String> tagKeys = new ArrayList<>();

    /** An empty UntagResource: set the resource ARN and tag keys by chaining. */
    public UntagResource() {
    }

    /** @param resourceArn the ARN of the table, index or stream */
    public UntagResource(String resourceArn) {
        resourceArn(resourceArn);
    }

    @Override
    protected String operation() {
        return "UntagResource";
    }

    /**
     * @param resourceArn the ARN of the table, index or stream (API member {@code ResourceArn})
     * @return this action
     */
    public UntagResource resourceArn(String resourceArn) {
        this.resourceArn = Objects.requireNonNull(resourceArn, "resourceArn");
        return this;
    }

    /**
     * @param tagKeys the keys of the tags to remove, added to those already set (API member {@code TagKeys})
     * @return this action
     */
    public UntagResource tagKeys(String... tagKeys) {
        Variadic.addAll(this.tagKeys, "tagKeys", tagKeys);
        return this;
    }

    /**
     * @param tagKeys the keys of the tags to remove, added to those already set (API member {@code TagKeys})
     * @return this action
     */
    public UntagResource tagKeys(Iterable<String> tagKeys) {
        Variadic.addAll(this.tagKeys, "tagKeys", tagKeys);
        return this;
    }

    /**
     * @param tagKeys the keys of the tags to remove, added to those already set (API member {@code TagKeys}); the
     *                stream is consumed
     * @return this action
     */
    public UntagResource tagKeys(Stream<String> tagKeys) {
        Variadic.addAll(this.tagKeys, "tagKeys", tagKeys);
        return this;
    }

    @Override
    protected void validate() {
        Require.present(resourceArn, "UntagResource", "ResourceArn",
                "new UntagResource(resourceArn) or .resourceArn(...)");
        Require.present(tagKeys, "UntagResource", "TagKeys", ".tagKeys(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, TransactionMembers.RESOURCE_ARN, resourceArn);
        JsonWrites.strings(generator, TransactionMembers.TAG_KEYS, tagKeys);
        generator.writeEndObject();
    }

    @Override
    protected UntagResourceResponse readResponse(JsonParser parser) {
        return new UntagResourceResponse(parser);
    }
}
