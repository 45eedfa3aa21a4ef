package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link Scan} returns, one page of items: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Scan.html#API_Scan_ResponseSyntax">Scan response</a>.
 * Immutable.
 *
 * <p>A page ends after {@code Limit} items were evaluated or 1 MB was read. While {@link #hasMorePages()}, send
 * the same Scan again with {@code .exclusiveStartKey(response.lastEvaluatedKey())} for the next page.
 */
public final class ScanResponse extends QueryScanPage {
    private ScanResponse(JsonParser parser) {
        super(parser);
    }

    static ScanResponse read(JsonParser parser) {
        return new ScanResponse(parser);
    }
}
