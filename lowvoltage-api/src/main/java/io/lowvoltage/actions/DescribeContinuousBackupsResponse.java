package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link DescribeContinuousBackups} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeContinuousBackups.html#API_DescribeContinuousBackups_ResponseSyntax">DescribeContinuousBackups response</a>.
 * Immutable.
 */
public final class DescribeContinuousBackupsResponse extends ContinuousBackupsResponse {
    private DescribeContinuousBackupsResponse(JsonParser parser) {
        super(parser);
    }

    static DescribeContinuousBackupsResponse read(JsonParser parser) {
        return new DescribeContinuousBackupsResponse(parser);
    }
}
