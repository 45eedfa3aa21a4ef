package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link DescribeImport} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeImport.html#API_DescribeImport_ResponseSyntax">DescribeImport response</a>.
 * Immutable.
 */
public final class DescribeImportResponse extends ImportTableDescriptionResponse {
    private DescribeImportResponse(JsonParser parser) {
        super(parser);
    }

    static DescribeImportResponse read(JsonParser parser) {
        return new DescribeImportResponse(parser);
    }
}
