package io.lowvoltage.actions;

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
public final class ListExports extends S3TransferListAction<ListExports, ListExportsResponse> {
    /** An empty ListExports. */
    public ListExports() {
        super(FeatureMembers.MAX_RESULTS);
    }

    @Override
    protected String operation() {
        return "ListExports";
    }

    /**
     * @param maxResults the most exports to return in one page (API member {@code MaxResults})
     * @return this action
     */
    public ListExports maxResults(int maxResults) {
        return pageLimit(maxResults);
    }

    @Override
    protected ListExportsResponse readResponse(JsonParser parser) {
        return ListExportsResponse.read(parser);
    }
}
