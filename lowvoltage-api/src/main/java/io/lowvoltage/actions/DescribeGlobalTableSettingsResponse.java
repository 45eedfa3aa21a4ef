package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link DescribeGlobalTableSettings} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeGlobalTableSettings.html#API_DescribeGlobalTableSettings_ResponseSyntax">DescribeGlobalTableSettings response</a>.
 * Immutable.
 */
public final class DescribeGlobalTableSettingsResponse extends GlobalTableSettingsResponse {
    private DescribeGlobalTableSettingsResponse(JsonParser parser) {
        super(parser);
    }

    static DescribeGlobalTableSettingsResponse read(JsonParser parser) {
        return new DescribeGlobalTableSettingsResponse(parser);
    }
}
