package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Lists the tags of a table, index or stream, a page at a time: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListTagsOfResource.html">ListTagsOfResource</a>.
 *
 * <pre>{@code
 * ListTagsOfResourceResponse page = connection.request(new ListTagsOfResource(tableArn));
 * // while page.nextToken() != null: new ListTagsOfResource(tableArn).nextToken(page.nextToken())
 * }</pre>
 * Mandatory: the resource ARN, in the constructor or chained. Not thread-safe: a builder.
 */
public final class ListTagsOfResource extends Action<ListTagsOfResourceResponse> {
    private String resourceArn;
    private String nextToken;

    /** An empty ListTagsOfResource: set the resource ARN by chaining. */
    public ListTagsOfResource() {
    }

    /** @param resourceArn the ARN of the table, index or stream */
    public ListTagsOfResource(String resourceArn) {
        resourceArn(resourceArn);
    }

    @Override
    protected String operation() {
        return "ListTagsOfResource";
    }

    /**
     * @param resourceArn the ARN of the table, index or stream (API member {@code ResourceArn})
     * @return this action
     */
    public ListTagsOfResource resourceArn(String resourceArn) {
        this.resourceArn = Objects.requireNonNull(resourceArn, "resourceArn");
        return this;
    }

    /**
     * @param nextToken where to continue: {@link ListTagsOfResourceResponse#nextToken()} of the previous page (API
     *                  member {@code NextToken})
     * @return this action
     */
    public ListTagsOfResource nextToken(String nextToken) {
        this.nextToken = Objects.requireNonNull(nextToken, "nextToken");
        return this;
    }

    @Override
    protected void validate() {
        Require.present(resourceArn, "ListTagsOfResource", "ResourceArn",
                "new ListTagsOfResource(resourceArn) or .resourceArn(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, TransactionMembers.RESOURCE_ARN, resourceArn);
        JsonWrites.string(generator, TransactionMembers.NEXT_TOKEN, nextToken);
        generator.writeEndObject();
    }

    @Override
    protected ListTagsOfResourceResponse readResponse(JsonParser parser) {
        return ListTagsOfResourceResponse.read(parser);
    }
}
