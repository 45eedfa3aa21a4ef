package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link RestoreTableToPointInTime} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_RestoreTableToPointInTime.html#API_RestoreTableToPointInTime_ResponseSyntax">RestoreTableToPointInTime response</a>.
 * Immutable.
 */
public final class RestoreTableToPointInTimeResponse extends TableDescriptionResponse {
    private RestoreTableToPointInTimeResponse(JsonParser parser) {
        super(parser);
    }

    static RestoreTableToPointInTimeResponse read(JsonParser parser) {
        return new RestoreTableToPointInTimeResponse(parser);
    }
}
