package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Lists the exports to Amazon S3, a page at a time: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListExports.html">ListExports</a>.
 *
 * <pre>{@code
 * ListExportsResponse page = connection.request(new ListExports().tableArn(tableArn).maxResults(10));
 * }</pre>
 * Every member is optional. Not thread-safe: a builder.
 */
public final class ListExports extends Action<ListExportsResponse> {
    private String tableArn;
    private Integer maxResults;
    private String nextToken;

    /** An empty ListExports. */
    public ListExports() {
    }

    @Override
    protected String operation() {
        return "ListExports";
    }

    /**
     * @param tableArn the ARN of the table whose exports to list; by default, every table's (API member {@code TableArn})
     * @return this action
     */
    public ListExports tableArn(String tableArn) {
        this.tableArn = Objects.requireNonNull(tableArn, "tableArn");
        return this;
    }

    /**
     * @param maxResults the most exports to return in one page (API member {@code MaxResults})
     * @return this action
     */
    public ListExports maxResults(int maxResults) {
        this.maxResults = maxResults;
        return this;
    }

    /**
     * @param nextToken the token of the page to read, from the previous page's {@code nextToken()} (API member {@code NextToken})
     * @return this action
     */
    public ListExports nextToken(String nextToken) {
        this.nextToken = Objects.requireNonNull(nextToken, "nextToken");
        return this;
    }

    @Override
    protected void validate() {
        // Every member is optional.
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, FeatureMembers.TABLE_ARN, tableArn);
        JsonWrites.number(generator, FeatureMembers.MAX_RESULTS, maxResults);
        JsonWrites.string(generator, FeatureMembers.NEXT_TOKEN, nextToken);
        generator.writeEndObject();
    }

    @Override
    protected ListExportsResponse readResponse(JsonParser parser) {
        return ListExportsResponse.read(parser);
    }
}
