package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link DescribeExport} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeExport.html#API_DescribeExport_ResponseSyntax">DescribeExport response</a>.
 * Immutable.
 */
public final class DescribeExportResponse extends ExportDescriptionResponse {
    private DescribeExportResponse(JsonParser parser) {
        super(parser);
    }

    static DescribeExportResponse read(JsonParser parser) {
        return new DescribeExportResponse(parser);
    }
}
