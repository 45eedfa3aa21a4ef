package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link Query} returns, one page of items: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Query.html#API_Query_ResponseSyntax">Query response</a>.
 * Immutable.
 *
 * <p>A page ends after {@code Limit} items were evaluated or 1 MB was read. While {@link #hasMorePages()}, send
 * the same Query again with {@code .exclusiveStartKey(response.lastEvaluatedKey())} for the next page.
 */
public final class QueryResponse extends QueryScanPage {
    private QueryResponse(JsonParser parser) {
        super(parser);
    }

    static QueryResponse read(JsonParser parser) {
        return new QueryResponse(parser);
    }
}
