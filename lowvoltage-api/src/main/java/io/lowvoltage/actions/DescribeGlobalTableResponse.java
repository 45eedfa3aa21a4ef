package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link DescribeGlobalTable} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeGlobalTable.html#API_DescribeGlobalTable_ResponseSyntax">DescribeGlobalTable response</a>.
 * Immutable.
 */
public final class DescribeGlobalTableResponse extends GlobalTableDescriptionResponse {
    private DescribeGlobalTableResponse(JsonParser parser) {
        super(parser);
    }

    static DescribeGlobalTableResponse read(JsonParser parser) {
        return new DescribeGlobalTableResponse(parser);
    }
}
