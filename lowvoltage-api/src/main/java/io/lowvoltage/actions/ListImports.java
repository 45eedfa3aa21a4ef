package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * Lists the imports from Amazon S3, a page at a time: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListImports.html">ListImports</a>.
 *
 * <pre>{@code
 * ListImportsResponse page = connection.request(new ListImports().tableArn(tableArn).pageSize(10));
 * }</pre>
 * Every member is optional. Not thread-safe: a builder.
 */
public final class ListImports extends S3TransferListAction<ListImports, ListImportsResponse> {
    /** An empty ListImports. */
    public ListImports() {
        super(FeatureMembers.PAGE_SIZE);
    }

    @Override
    protected String operation() {
        return "ListImports";
    }

    /**
     * @param pageSize the most imports to return in one page (API member {@code PageSize})
     * @return this action
     */
    public ListImports pageSize(int pageSize) {
        return pageLimit(pageSize);
    }

    @Override
    protected ListImportsResponse readResponse(JsonParser parser) {
        return ListImportsResponse.read(parser);
    }
}
