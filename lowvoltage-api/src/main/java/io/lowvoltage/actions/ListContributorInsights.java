package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Lists CloudWatch Contributor Insights of tables and global secondary indexes, a page at a time: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListContributorInsights.html">ListContributorInsights</a>.
 *
 * <pre>{@code
 * ListContributorInsightsResponse page = connection.request(new ListContributorInsights().tableName("T"));
 * }</pre>
 * Every member is optional. Not thread-safe: a builder.
 */
public final class ListContributorInsights extends Action<ListContributorInsightsResponse> {
    private String tableName;
    private String nextToken;
    private Integer maxResults;

    /** An empty ListContributorInsights. */
    public ListContributorInsights() {
    }

    @Override
    protected String operation() {
        return "ListContributorInsights";
    }

    /**
     * @param tableName the name or ARN of the table whose summaries to list; by default, every table's (API member {@code TableName})
     * @return this action
     */
    public ListContributorInsights tableName(String tableName) {
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        return this;
    }

    /**
     * @param nextToken the token of the page to read, from the previous page's {@code nextToken()} (API member {@code NextToken})
     * @return this action
     */
    public ListContributorInsights nextToken(String nextToken) {
        this.nextToken = Objects.requireNonNull(nextToken, "nextToken");
        return this;
    }

    /**
     * @param maxResults the most summaries to return in one page (API member {@code MaxResults})
     * @return this action
     */
    public ListContributorInsights maxResults(int maxResults) {
        this.maxResults = maxResults;
        return this;
    }

    @Override
    protected String tableName() {
        return tableName;
    }

    @Override
    protected void validate() {
        // Every member is optional.
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.TABLE_NAME, tableName);
        JsonWrites.string(generator, FeatureMembers.NEXT_TOKEN, nextToken);
        JsonWrites.number(generator, FeatureMembers.MAX_RESULTS, maxResults);
        generator.writeEndObject();
    }

    @Override
    protected ListContributorInsightsResponse readResponse(JsonParser parser) {
        return ListContributorInsightsResponse.read(parser);
    }
}
